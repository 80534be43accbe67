//go:build bad

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
		http.Error(w, "quantity must be at least 1", http.StatusBadRequest) // [!bug] [!note] http.Error writes the reply; it does not end the handler
	}

	id := a.Store.Save(o) // [!note] runs for the rejected order too
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)                   // [!note] too late: the 400 is already sent, so net/http ignores this call and only logs a warning
	json.NewEncoder(w).Encode(map[string]int{"id": id}) // appended to the error message
}

// #endregion
