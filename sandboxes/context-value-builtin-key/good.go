//go:build !bad

package auth

import (
	"context"
	"net/http"
)

// #region main
// userKey is the context key for the signed-in user. The type is unexported,
// so no other package can make a key equal to it.
type userKey struct{} // [!note] a key type of its own: only this package can build userKey{}

// Middleware puts the user who owns the request's session token in the
// request's context, for handlers to read with UserFrom.
func Middleware(lookup func(token string) (*User, bool), next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if u, ok := lookup(bearer(r)); ok {
			ctx := context.WithValue(r.Context(), userKey{}, u) // [!fix] [!note] cannot collide with analytics' "user", or anyone else's key
			r = r.WithContext(ctx)
		}
		next.ServeHTTP(w, r)
	})
}

// UserFrom returns the user that Middleware stored.
func UserFrom(ctx context.Context) (*User, bool) {
	u, ok := ctx.Value(userKey{}).(*User) // [!fix]
	return u, ok
}

// #endregion
