//go:build !bad

package quote

import (
	"io"
	"net/http"
	"net/url"
)

// #region main
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	u := h.PricingURL + "/price?sku=" + url.QueryEscape(r.URL.Query().Get("sku"))
	req, err := http.NewRequestWithContext(r.Context(), http.MethodGet, u, nil) // [!fix] [!note] when the caller hangs up, r.Context() is cancelled and so is this call
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	resp, err := h.Client.Do(req)
	if err != nil {
		http.Error(w, "pricing unavailable", http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "application/json")
	io.Copy(w, resp.Body)
}

// #endregion
