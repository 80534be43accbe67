// Package catalog is the HTTP API behind a shop frontend served from
// another origin. Lists are paginated; the total count travels in a header.
package catalog

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// appOrigin is the shop frontend's origin; proof_test.go points it at its own server.
var appOrigin = "https://shop.example.com"

var products = []string{"green tea", "black tea", "oolong", "rooibos", "mate"}

const pageSize = 2

// NewHandler returns the API: GET /api/products?page=N answers with one page
// of products, and X-Total-Count says how many there are in all.
func NewHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/products", listProducts)
	return withCORS(mux)
}

func listProducts(w http.ResponseWriter, r *http.Request) {
	page, err := strconv.Atoi(r.URL.Query().Get("page"))
	if err != nil || page < 1 {
		page = 1
	}
	from := min((page-1)*pageSize, len(products))
	to := min(from+pageSize, len(products))
	w.Header().Set("X-Total-Count", strconv.Itoa(len(products)))
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(products[from:to])
}
