//go:build bad

package orders

import "net/http"

// #region main
// withCORS lets the shop frontend, on another origin, call the API.
func withCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodOptions { // [!bug] [!note] CORS headers only on the preflight: the POST's own response gets none
			h := w.Header()
			h.Set("Access-Control-Allow-Origin", appOrigin)
			h.Set("Access-Control-Allow-Methods", "POST")
			h.Set("Access-Control-Allow-Headers", "Content-Type")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// #endregion
