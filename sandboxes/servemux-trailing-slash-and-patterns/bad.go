//go:build bad

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
	mux.HandleFunc("/api/orders/", func(w http.ResponseWriter, r *http.Request) { // [!bug] [!note] a subtree pattern: every path below /api/orders/, any method; /api/orders itself gets a 301 to here
		id := strings.TrimPrefix(r.URL.Path, "/api/orders/")
		switch {
		case id == "" && r.Method == http.MethodPost:
			s.create(w, r)
		case id == "":
			s.list(w, r) // [!note] a redirected POST arrives here as a GET with no body
		default:
			s.get(w, r, id) // [!note] DELETE, PUT, /api/orders/7/cancel… all end up here
		}
	})
	return mux
}

// #endregion
