// Package orders serves a customer's orders as JSON to a web front end.
package orders

import (
	"encoding/json"
	"net/http"
)

// Order is one order as the front end sees it.
type Order struct {
	ID         string `json:"id"`
	Customer   string `json:"customer"`
	TotalCents int    `json:"totalCents"`
}

// Page is the body of GET /orders?customer=ID.
type Page struct {
	Items []Order `json:"items"`
	Count int     `json:"count"`
}

// Handler serves GET /orders?customer=ID from the given orders.
func Handler(all []Order) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mine := ordersFor(all, r.URL.Query().Get("customer"))
		w.Header().Set("Content-Type", "application/json")
		if err := json.NewEncoder(w).Encode(Page{Items: mine, Count: len(mine)}); err != nil {
			http.Error(w, "encoding failed", http.StatusInternalServerError)
		}
	})
}
