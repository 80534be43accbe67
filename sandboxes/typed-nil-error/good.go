//go:build !bad

package orders

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// #region main
// validate checks an order and says what is wrong with it, if anything.
func validate(o Order) error {
	switch {
	case o.SKU == "":
		return &ValidationError{Field: "sku", Reason: "is required"} // [!fix]
	case o.Quantity < 1:
		return &ValidationError{Field: "quantity", Reason: "must be at least 1"} // [!fix]
	}
	return nil // [!fix] [!note] the literal nil: an error interface with no type and no value
}

// CreateOrder serves POST /orders.
func CreateOrder(w http.ResponseWriter, r *http.Request) {
	var o Order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil {
		http.Error(w, "malformed JSON", http.StatusBadRequest)
		return
	}
	if err := validate(o); err != nil { // only for an invalid order
		http.Error(w, fmt.Sprintf("invalid order: %v", err), http.StatusUnprocessableEntity)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// #endregion
