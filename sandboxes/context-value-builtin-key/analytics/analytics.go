// Package analytics tags every request with the visitor's ID, for the event
// log. It stands for code you do not own: another team's package or a
// third-party library.
package analytics

import (
	"context"
	"net/http"
)

// Middleware stores the visitor ID from the "vid" cookie in the request's
// context, under the key "user".
func Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c, err := r.Cookie("vid"); err == nil {
			r = r.WithContext(context.WithValue(r.Context(), "user", c.Value))
		}
		next.ServeHTTP(w, r)
	})
}

// Visitor returns the visitor ID that Middleware stored, or "".
func Visitor(ctx context.Context) string {
	id, _ := ctx.Value("user").(string)
	return id
}
