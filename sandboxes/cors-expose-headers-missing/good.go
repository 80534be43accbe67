//go:build !bad

package catalog

import "net/http"

// #region main
// withCORS lets the shop frontend, on another origin, read the API's answers.
func withCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Add("Vary", "Origin")
		if r.Header.Get("Origin") == appOrigin {
			h.Set("Access-Control-Allow-Origin", appOrigin)
			h.Set("Access-Control-Expose-Headers", "X-Total-Count") // [!fix] [!note] name every non-safelisted header the frontend must read
		}
		next.ServeHTTP(w, r)
	})
}

// #endregion
