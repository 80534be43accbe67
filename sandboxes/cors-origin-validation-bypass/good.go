//go:build !bad

package api

import (
	"net/http"
	"slices"
)

// #region main
// withCORS lets our web frontends call the API with the user's session cookie.
func withCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("Vary", "Origin")
		if origin := r.Header.Get("Origin"); origin != "" && allowedOrigin(origin) {
			w.Header().Set("Access-Control-Allow-Origin", origin)
			w.Header().Set("Access-Control-Allow-Credentials", "true")
		}
		next.ServeHTTP(w, r) // [!note] other origins get no CORS headers, and no 403 either: CORS is not access control
	})
}

// allowedOrigin reports whether origin is exactly one of our web frontends.
func allowedOrigin(origin string) bool {
	return slices.Contains(webOrigins, origin) // [!fix] [!note] compare the whole origin string with a fixed list: scheme, host and port
}

// #endregion
