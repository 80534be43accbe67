//go:build bad

package price

import (
	"context"
	"net/http"
)

// #region main
func (h *PriceHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), h.Timeout)
	defer cancel()

	results := make(chan result) // unbuffered: a send waits for a receiver
	go h.fetch(r.URL.Query().Get("sku"), results)

	select {
	case res := <-results:
		res.write(w)
	case <-ctx.Done(): // client hung up or timed out: stop waiting
		http.Error(w, "request cancelled", http.StatusServiceUnavailable)
	}
}

func (h *PriceHandler) fetch(sku string, out chan<- result) {
	price, err := h.Lookup(sku)
	out <- result{price, err} // [!bug] [!note] after ServeHTTP has returned nobody receives: this send blocks forever
}

// #endregion
