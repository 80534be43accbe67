// Package payments receives payment events from a payment provider's
// webhook and records them in a ledger.
package payments

import (
	"net/http"
	"sync"
)

// Payment is the provider's payment event.
type Payment struct {
	OrderID     string `json:"order_id"`
	AmountCents int64  `json:"amount_cents"`
	Currency    string `json:"currency"`
}

// Ledger records payments; in production it is a database table.
type Ledger struct {
	mu       sync.Mutex
	payments []Payment
}

func (l *Ledger) Record(p Payment) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.payments = append(l.payments, p)
}

func (l *Ledger) Payments() []Payment {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]Payment(nil), l.payments...)
}

// Service serves POST /webhooks/payments.
type Service struct {
	Ledger *Ledger
}

func (s *Service) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /webhooks/payments", s.paymentWebhook)
	return mux
}
