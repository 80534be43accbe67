// Package orders serves a small orders API from a net/http ServeMux.
package orders

import (
	"encoding/json"
	"net/http"
	"strconv"
	"sync"
)

// Order is one customer order.
type Order struct {
	ID   int    `json:"id"`
	Item string `json:"item"`
}

// Store keeps orders in memory and serves them over HTTP.
type Store struct {
	mu     sync.Mutex
	orders []Order
}

// NewStore returns a store that already holds the given orders.
func NewStore(orders ...Order) *Store {
	return &Store{orders: orders}
}

// Orders returns a copy of the stored orders.
func (s *Store) Orders() []Order {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Order, len(s.orders)) // never nil: an empty list encodes as [], not null
	copy(out, s.orders)
	return out
}

// create answers POST /api/orders: it stores the order in the body.
func (s *Store) create(w http.ResponseWriter, r *http.Request) {
	var o Order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil || o.Item == "" {
		http.Error(w, "body must be an order with an item", http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	o.ID = len(s.orders) + 1
	s.orders = append(s.orders, o)
	s.mu.Unlock()
	writeJSON(w, http.StatusCreated, o)
}

// list answers GET /api/orders with every order.
func (s *Store) list(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, s.Orders())
}

// get answers GET /api/orders/<id> with one order.
func (s *Store) get(w http.ResponseWriter, r *http.Request, id string) {
	n, err := strconv.Atoi(id)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	for _, o := range s.Orders() {
		if o.ID == n {
			writeJSON(w, http.StatusOK, o)
			return
		}
	}
	http.NotFound(w, r)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}
