// Package orders serves POST /orders for a shop.
package orders

import "fmt"

// Order is what a client posts.
type Order struct {
	SKU      string `json:"sku"`
	Quantity int    `json:"quantity"`
}

// ValidationError says which field of an order is wrong and why.
type ValidationError struct {
	Field  string
	Reason string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("%s: %s", e.Field, e.Reason)
}
