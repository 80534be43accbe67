//go:build !bad

package hits

import (
	"net/http"
	"sync"
)

// #region main
// Counter counts requests per path.
type Counter struct {
	mu   sync.Mutex // [!note] guards hits: every read and write of the map holds it
	hits map[string]int
}

func NewCounter() *Counter {
	return &Counter{hits: make(map[string]int)}
}

// Middleware counts every request, then passes it on.
func (c *Counter) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c.mu.Lock()          // [!fix]
		c.hits[r.URL.Path]++ // one writer at a time
		c.mu.Unlock()        // [!fix]
		next.ServeHTTP(w, r)
	})
}

// Count reports how many requests were made to path.
func (c *Counter) Count(path string) int {
	c.mu.Lock()         // [!fix]
	defer c.mu.Unlock() // [!fix]
	return c.hits[path]
}

// #endregion
