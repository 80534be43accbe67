//go:build bad

package hits

import "net/http"

// #region main
// Counter counts requests per path.
type Counter struct {
	hits map[string]int
}

func NewCounter() *Counter {
	return &Counter{hits: make(map[string]int)}
}

// Middleware counts every request, then passes it on.
func (c *Counter) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c.hits[r.URL.Path]++ // [!bug] [!note] net/http serves each connection in its own goroutine: this map is written concurrently
		next.ServeHTTP(w, r)
	})
}

// Count reports how many requests were made to path.
func (c *Counter) Count(path string) int {
	return c.hits[path]
}

// #endregion
