// Package cart keeps shoppers' carts between requests, stored as JSON (in
// Redis or a session, say), and serves POST /cart/items.
package cart

import (
	"encoding/json"
	"net/http"
	"strconv"
	"sync"
)

// Store holds each user's cart as a JSON document.
type Store struct {
	mu    sync.Mutex
	carts map[string][]byte // user → JSON
}

func NewStore() *Store { return &Store{carts: make(map[string][]byte)} }

// Load returns the user's cart. A user who has never added anything gets
// an empty cart.
func (s *Store) Load(user string) (*Cart, error) {
	s.mu.Lock()
	data, ok := s.carts[user]
	s.mu.Unlock()
	c := &Cart{Owner: user}
	if !ok {
		return c, nil
	}
	return c, json.Unmarshal(data, c)
}

// Save stores the cart as JSON.
func (s *Store) Save(c *Cart) error {
	data, err := json.Marshal(c)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.carts[c.Owner] = data
	s.mu.Unlock()
	return nil
}

// AddItem serves POST /cart/items?sku=…&qty=… for the signed-in user
// (the X-User header stands in for real authentication).
func (s *Store) AddItem(w http.ResponseWriter, r *http.Request) {
	qty, err := strconv.Atoi(r.FormValue("qty"))
	if err != nil || qty < 1 {
		http.Error(w, "qty must be a positive number", http.StatusBadRequest)
		return
	}
	c, err := s.Load(r.Header.Get("X-User"))
	if err != nil {
		http.Error(w, "cannot read cart", http.StatusInternalServerError)
		return
	}
	c.Add(r.FormValue("sku"), qty)
	if err := s.Save(c); err != nil {
		http.Error(w, "cannot save cart", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
