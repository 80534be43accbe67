// Package orders is the HTTP API that a web app, served from another origin,
// calls with a bearer token to place orders.
package orders

import (
	"encoding/json"
	"net/http"
	"sync"
)

// appOrigin is the web app's origin; proof_test.go points it at its own server.
var appOrigin = "https://app.example.com"

// tokens maps bearer tokens to users. A real service verifies a signed token.
var tokens = map[string]string{"t-alice": "alice"}

// requireToken answers 401 unless the request carries a known bearer token.
func requireToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		auth := r.Header.Get("Authorization")
		if len(auth) < len("Bearer ") || tokens[auth[len("Bearer "):]] == "" {
			http.Error(w, "missing or unknown token", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
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
