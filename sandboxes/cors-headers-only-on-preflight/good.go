//go:build !bad

package orders

import "net/http"

// #region main
// withCORS lets the shop frontend, on another origin, call the API.
func withCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Add("Vary", "Origin") // [!fix]
		if r.Header.Get("Origin") == appOrigin {
			h.Set("Access-Control-Allow-Origin", appOrigin) // [!fix] [!note] on every response to the shop, the POST's included
		}
		// A preflight is an OPTIONS request carrying Access-Control-Request-Method.
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" { // [!fix]
			h.Set("Access-Control-Allow-Methods", "POST")
			h.Set("Access-Control-Allow-Headers", "Content-Type")
			w.WriteHeader(http.StatusNoContent) // [!note] answer the preflight; any other request goes on to the API
			return
		}
		next.ServeHTTP(w, r)
	})
}

// #endregion
