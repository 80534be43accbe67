//go:build !bad

package payments

import (
	"fmt"
	"math"
	"net/http"
)

// #region main
func paymentSucceeded(w http.ResponseWriter, ledger Ledger, ev event) {
	amount, err := field[float64](ev.Data, "amount")
	if err != nil { // [!fix]
		http.Error(w, err.Error(), http.StatusBadRequest) // [!note] the sender's mistake gets a 400 it can act on, and the handler carries on
		return
	}
	ledger.Credit(ev.ID, int64(math.Round(amount*100)))
	w.WriteHeader(http.StatusNoContent)
}

// field returns data[key] if it holds a T, and an error otherwise.
func field[T any](data map[string]any, key string) (T, error) {
	v, ok := data[key].(T) // [!note] the comma-ok form never panics: ok is false for another type, for null and for a missing key
	if !ok {               // [!fix]
		return v, fmt.Errorf("data.%s is missing or has the wrong type", key)
	}
	return v, nil
}

// #endregion
