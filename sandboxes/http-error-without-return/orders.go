// Package orders serves POST /orders for a shop's API.
package orders

import "sync"

// Order is what a client asks for.
type Order struct {
	SKU      string `json:"sku"`
	Quantity int    `json:"quantity"`
}

// Store saves orders. In production it is a database table.
type Store struct {
	mu     sync.Mutex
	orders []Order
}

// Save stores o and returns its ID.
func (s *Store) Save(o Order) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.orders = append(s.orders, o)
	return len(s.orders)
}

// Len reports how many orders were saved.
func (s *Store) Len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.orders)
}

// API holds the handlers' dependencies.
type API struct {
	Store *Store
}
