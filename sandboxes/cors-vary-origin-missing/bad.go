//go:build bad

package settings

import "net/http"

// #region main
// withCORS lets each of our web apps read the API's answers.
func withCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if origin := r.Header.Get("Origin"); allowed(origin) {
			w.Header().Set("Access-Control-Allow-Origin", origin) // [!bug] [!note] the answer now depends on Origin, but nothing tells caches
		}
		next.ServeHTTP(w, r)
	})
}

// #endregion
