// Package price serves prices from a slow backend whose client library takes no
// context, so the handler runs each lookup in its own goroutine and stops waiting
// when the request is cancelled or times out.
package price

import (
	"net/http"
	"time"
)

// PriceHandler answers GET /price?sku=… with the price Lookup returns.
type PriceHandler struct {
	// Lookup asks the backend for a price. It cannot be cancelled.
	Lookup func(sku string) (string, error)
	// Timeout bounds how long a request waits for Lookup.
	Timeout time.Duration
}

type result struct {
	price string
	err   error
}

func (res result) write(w http.ResponseWriter) {
	if res.err != nil {
		http.Error(w, "backend error", http.StatusBadGateway)
		return
	}
	w.Write([]byte(res.price))
}
