// Package orders is the HTTP API that a shop's frontend, served from another
// origin, calls to place orders.
package orders

import (
	"encoding/json"
	"net/http"
	"sync"
)

// appOrigin is the shop frontend's origin; proof_test.go points it at its own server.
var appOrigin = "https://shop.example.com"

// NewHandler returns the API: POST /api/orders places an order.
func NewHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /api/orders", placeOrder)
	return withCORS(mux)
}

// placed counts the orders placed; a real service writes them to a database.
var placed struct {
	sync.Mutex
	n int
}

func placeOrder(w http.ResponseWriter, r *http.Request) {
	var o struct {
		Item string `json:"item"`
		Qty  int    `json:"qty"`
	}
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil || o.Item == "" || o.Qty < 1 {
		http.Error(w, "bad order", http.StatusBadRequest)
		return
	}
	placed.Lock()
	placed.n++
	id := placed.n
	placed.Unlock()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(map[string]int{"id": id})
}
