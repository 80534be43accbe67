//go:build bad

package payments

import (
	"math"
	"net/http"
)

// #region main
func paymentSucceeded(w http.ResponseWriter, ledger Ledger, ev event) {
	amount := ev.Data["amount"].(float64) // [!bug] [!note] panics unless the sender put a JSON number there: a string, null or a missing key all crash the handler
	ledger.Credit(ev.ID, int64(math.Round(amount*100)))
	w.WriteHeader(http.StatusNoContent)
}

// #endregion
