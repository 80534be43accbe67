// Package payments receives a payment provider's webhooks.
package payments

import (
	"encoding/json"
	"net/http"
)

// event is a webhook's envelope. The shape of Data depends on Type, so it is
// decoded into a generic map: JSON numbers become float64, strings string,
// objects map[string]any, and a missing key reads as nil.
type event struct {
	ID   string         `json:"id"`
	Type string         `json:"type"`
	Data map[string]any `json:"data"`
}

// Ledger records money received.
type Ledger interface {
	Credit(eventID string, cents int64)
}

// Handler serves POST /webhooks/payments.
func Handler(ledger Ledger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var ev event
		if err := json.NewDecoder(r.Body).Decode(&ev); err != nil {
			http.Error(w, "invalid JSON", http.StatusBadRequest)
			return
		}
		switch ev.Type {
		case "payment.succeeded":
			paymentSucceeded(w, ledger, ev)
		default:
			w.WriteHeader(http.StatusNoContent) // not interested
		}
	})
}
