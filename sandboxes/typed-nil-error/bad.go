//go:build bad

package orders

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// #region main
// validate checks an order and says what is wrong with it, if anything.
func validate(o Order) error {
	var verr *ValidationError // [!note] a typed pointer: nil, but of type *ValidationError
	switch {
	case o.SKU == "":
		verr = &ValidationError{Field: "sku", Reason: "is required"}
	case o.Quantity < 1:
		verr = &ValidationError{Field: "quantity", Reason: "must be at least 1"}
	}
	return verr // [!bug] [!note] converting a nil *ValidationError to error gives a non-nil error: the interface still holds the type
}

// CreateOrder serves POST /orders.
func CreateOrder(w http.ResponseWriter, r *http.Request) {
	var o Order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil {
		http.Error(w, "malformed JSON", http.StatusBadRequest)
		return
	}
	if err := validate(o); err != nil { // [!note] true for every order, valid or not
		http.Error(w, fmt.Sprintf("invalid order: %v", err), http.StatusUnprocessableEntity)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// #endregion
