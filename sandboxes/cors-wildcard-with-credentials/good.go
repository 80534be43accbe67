//go:build !bad

package api

import "net/http"

// #region main
// withCORS lets the web app, on another origin, call the API with the
// user's session cookie.
func withCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Add("Vary", "Origin") // [!fix] [!note] the answer depends on Origin, so caches must keep one copy per origin
		if r.Header.Get("Origin") != appOrigin {
			next.ServeHTTP(w, r) // same-origin, server-to-server or unknown origin: no CORS headers
			return
		}
		h.Set("Access-Control-Allow-Origin", appOrigin) // [!fix] [!note] name the one origin that may read credentialed responses
		h.Set("Access-Control-Allow-Credentials", "true")
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			h.Set("Access-Control-Allow-Methods", "GET, POST")
			h.Set("Access-Control-Allow-Headers", "Content-Type")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// #endregion
