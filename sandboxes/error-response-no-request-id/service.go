// Package orders serves GET /orders/{id} and reports failures to clients and
// to the log.
package orders

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
)

// ErrNotFound is what Lookup returns for an order that does not exist.
var ErrNotFound = errors.New("order not found")

// Order is one customer order.
type Order struct {
	ID   string `json:"id"`
	Item string `json:"item"`
}

// Service is the orders API.
type Service struct {
	Logger *slog.Logger
	Lookup func(ctx context.Context, id string) (Order, error)
}

// Handler returns the API with its middleware.
func (s *Service) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /orders/{id}", s.getOrder)
	return withRequestID(s.Logger, mux)
}

func (s *Service) getOrder(w http.ResponseWriter, r *http.Request) {
	o, err := s.Lookup(r.Context(), r.PathValue("id"))
	switch {
	case errors.Is(err, ErrNotFound):
		fail(w, r, http.StatusNotFound, err)
	case err != nil:
		fail(w, r, http.StatusInternalServerError, err)
	default:
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(o)
	}
}

type loggerKey struct{}

// logger returns the request's logger, which already carries its request_id.
func logger(ctx context.Context) *slog.Logger {
	if l, ok := ctx.Value(loggerKey{}).(*slog.Logger); ok {
		return l
	}
	return slog.Default()
}

// newRequestID returns a random ID such as "KZQ3V7XG5E4N2WJH6RCYBTMPLA".
func newRequestID() string {
	return rand.Text()
}
