//go:build bad

package api

import (
	"net/http"
	"net/url"
	"strings"
)

// #region main
// withCORS lets our web frontends call the API with the user's session cookie.
func withCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("Vary", "Origin")
		if origin := r.Header.Get("Origin"); origin != "" && allowedOrigin(origin) {
			w.Header().Set("Access-Control-Allow-Origin", origin)
			w.Header().Set("Access-Control-Allow-Credentials", "true") // [!note] any origin that passes the check reads answers made with the user's cookie
		}
		next.ServeHTTP(w, r)
	})
}

// allowedOrigin reports whether origin is one of our web frontends.
func allowedOrigin(origin string) bool {
	u, err := url.Parse(origin)
	if err != nil {
		return false
	}
	return strings.HasSuffix(u.Hostname(), webDomain) // [!bug] [!note] evil-example.com ends in example.com too, and anyone can register it
}

// #endregion
