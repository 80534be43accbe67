//go:build !bad

package orders

import "net/http"

// #region main
// NewHandler returns the API. Every request must carry a bearer token.
func NewHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/orders", placeOrder)
	return withCORS(requireToken(mux)) // [!note] CORS outermost: it sees the preflight before auth and routing do
}

// withCORS lets the web app, on another origin, call the API.
func withCORS(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Add("Vary", "Origin")
		if r.Header.Get("Origin") == appOrigin {
			h.Set("Access-Control-Allow-Origin", appOrigin)
			h.Set("Access-Control-Allow-Methods", "POST")
			h.Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
		}
		// A preflight is an OPTIONS request carrying Access-Control-Request-Method.
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" { // [!fix]
			w.WriteHeader(http.StatusNoContent) // [!note] answer it here: it carries no token and has no route of its own
			return
		}
		next.ServeHTTP(w, r)
	})
}

// #endregion
