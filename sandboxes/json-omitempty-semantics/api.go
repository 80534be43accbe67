// Package catalog serves product details as JSON to a storefront.
package catalog

import (
	"encoding/json"
	"net/http"
)

// Handler serves GET /products/{id} from the given products.
func Handler(products map[string]Product) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /products/{id}", func(w http.ResponseWriter, r *http.Request) {
		p, ok := products[r.PathValue("id")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		if err := json.NewEncoder(w).Encode(p); err != nil {
			http.Error(w, "encoding failed", http.StatusInternalServerError)
		}
	})
	return mux
}
