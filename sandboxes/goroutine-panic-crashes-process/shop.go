// Package shop takes orders and emails a receipt for each one in the
// background, so the client does not wait for the mail server.
package shop

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
)

// Customer is a registered customer.
type Customer struct {
	Name  string
	Email string
}

// Order is a placed order. Guest checkouts have no Customer.
type Order struct {
	ID       string    `json:"id"`
	Email    string    `json:"email"`
	Customer *Customer `json:"customer,omitempty"`
}

// Mailer sends email.
type Mailer interface {
	Send(to, body string)
}

// Service holds the handlers' dependencies.
type Service struct {
	Mail Mailer
	Log  *slog.Logger
}

// PlaceOrder handles POST /orders: it accepts the order and answers 202 at
// once, leaving the receipt to the background.
func (s *Service) PlaceOrder(w http.ResponseWriter, r *http.Request) {
	var o Order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil {
		http.Error(w, "invalid order", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusAccepted)
	s.sendReceiptLater(o)
}

// renderReceipt greets the customer by name. It assumes every order has a
// Customer, which guest checkouts do not: for them it panics with a nil
// pointer dereference.
func renderReceipt(o Order) string {
	return fmt.Sprintf("Hello %s, thank you for order %s.", o.Customer.Name, o.ID)
}

// PreviewReceipt handles POST /receipts/preview: it renders the receipt for
// the posted order on the handler's own goroutine.
func (s *Service) PreviewReceipt(w http.ResponseWriter, r *http.Request) {
	var o Order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil {
		http.Error(w, "invalid order", http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	fmt.Fprintln(w, renderReceipt(o))
}
