//go:build !bad

package orders

import (
	"encoding/json"
	"net/http"
)

// #region main
// CreateOrder handles POST /orders.
func (a *API) CreateOrder(w http.ResponseWriter, r *http.Request) {
	var o Order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil {
		http.Error(w, "request body is not valid JSON", http.StatusBadRequest)
		return
	}
	if o.Quantity < 1 {
		http.Error(w, "quantity must be at least 1", http.StatusBadRequest)
		return // [!fix] [!note] the reply is sent; stop here, before anything is saved
	}

	id := a.Store.Save(o)
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(map[string]int{"id": id})
}

// #endregion
