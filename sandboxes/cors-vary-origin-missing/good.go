//go:build !bad

package settings

import "net/http"

// #region main
// withCORS lets each of our web apps read the API's answers.
func withCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("Vary", "Origin") // [!fix] [!note] on every response, allowed origin or not: caches keep one copy per Origin
		if origin := r.Header.Get("Origin"); allowed(origin) {
			w.Header().Set("Access-Control-Allow-Origin", origin)
		}
		next.ServeHTTP(w, r)
	})
}

// #endregion
