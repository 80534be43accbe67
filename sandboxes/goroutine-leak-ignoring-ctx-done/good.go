//go:build !bad

package price

import (
	"context"
	"net/http"
)

// #region main
func (h *PriceHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), h.Timeout)
	defer cancel() // [!note] guarantees ctx.Done() closes when the handler returns

	results := make(chan result) // unbuffered: a send waits for a receiver
	go h.fetch(ctx, r.URL.Query().Get("sku"), results)

	select {
	case res := <-results:
		res.write(w)
	case <-ctx.Done(): // client hung up or timed out: stop waiting
		http.Error(w, "request cancelled", http.StatusServiceUnavailable)
	}
}

func (h *PriceHandler) fetch(ctx context.Context, sku string, out chan<- result) {
	price, err := h.Lookup(sku)
	select { // [!fix]
	case out <- result{price, err}: // the handler is still waiting
	case <-ctx.Done(): // [!fix] [!note] the handler has given up: drop the result and exit
	}
}

// #endregion
