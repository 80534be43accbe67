// Package auth authenticates API requests and hands the signed-in user to
// handlers through the request's context.
package auth

import (
	"fmt"
	"net/http"
	"strings"

	"gopitfalls.dev/sandboxes/context-value-builtin-key/analytics"
)

// User is a signed-in user.
type User struct {
	ID   int
	Name string
}

// bearer returns the token in an "Authorization: Bearer <token>" header.
func bearer(r *http.Request) string {
	token, _ := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	return token
}

// NewRouter serves GET /me. lookup finds the user a session token belongs to.
func NewRouter(lookup func(token string) (*User, bool)) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /me", func(w http.ResponseWriter, r *http.Request) {
		u, ok := UserFrom(r.Context())
		if !ok {
			http.Error(w, "not signed in", http.StatusUnauthorized)
			return
		}
		fmt.Fprintf(w, "signed in as %s\n", u.Name)
	})
	// Authentication first, then analytics, then the routes.
	return Middleware(lookup, analytics.Middleware(mux))
}
