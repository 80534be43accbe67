//go:build bad

package auth

import (
	"context"
	"net/http"
)

// #region main
// Middleware puts the user who owns the request's session token in the
// request's context, for handlers to read with UserFrom.
func Middleware(lookup func(token string) (*User, bool), next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if u, ok := lookup(bearer(r)); ok {
			ctx := context.WithValue(r.Context(), "user", u) // [!bug] [!note] any package can use the string "user" too, and the innermost WithValue wins
			r = r.WithContext(ctx)
		}
		next.ServeHTTP(w, r)
	})
}

// UserFrom returns the user that Middleware stored.
func UserFrom(ctx context.Context) (*User, bool) {
	u, ok := ctx.Value("user").(*User) // [!note] finds whichever "user" was stored last: here the analytics visitor ID, a string
	return u, ok
}

// #endregion
