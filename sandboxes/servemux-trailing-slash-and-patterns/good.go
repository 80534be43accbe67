//go:build !bad

package orders

import (
	"net/http"
	"strings"
)

// #region main
// NewMux routes the orders API:
//
//	GET  /api/orders       list the orders
//	POST /api/orders       create an order
//	GET  /api/orders/<id>  fetch one order
func NewMux(s *Store) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/api/orders", func(w http.ResponseWriter, r *http.Request) { // [!fix] [!note] the exact path has its own pattern, so it is served, not redirected
		switch r.Method {
		case http.MethodGet, http.MethodHead:
			s.list(w, r)
		case http.MethodPost:
			s.create(w, r)
		default:
			methodNotAllowed(w, "GET, HEAD, POST")
		}
	})
	mux.HandleFunc("/api/orders/", func(w http.ResponseWriter, r *http.Request) {
		id := strings.TrimPrefix(r.URL.Path, "/api/orders/")
		if id == "" || strings.Contains(id, "/") { // [!fix] [!note] a subtree matches every deeper path: accept exactly one segment
			http.NotFound(w, r)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead { // [!fix]
			methodNotAllowed(w, "GET, HEAD") // [!note] and every method: refuse the ones you don't serve
			return                           // [!fix]
		}
		s.get(w, r, id)
	})
	return mux
}

// #endregion

func methodNotAllowed(w http.ResponseWriter, allow string) {
	w.Header().Set("Allow", allow)
	http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
}
