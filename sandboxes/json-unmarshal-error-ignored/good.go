//go:build !bad

package payments

import (
	"encoding/json"
	"io"
	"net/http"
)

// #region main
// paymentWebhook records one payment event. A 2xx answer tells the provider
// the event was handled; anything else makes it retry later.
func (s *Service) paymentWebhook(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20)) // the raw body, as signature checks need it
	if err != nil {
		http.Error(w, "cannot read body", http.StatusBadRequest)
		return
	}
	var p Payment
	if err := json.Unmarshal(body, &p); err != nil { // [!fix] [!note] p may be partly filled: on any error, use none of it
		http.Error(w, "invalid payment event: "+err.Error(), http.StatusBadRequest) // [!fix] [!note] a 4xx: nothing is recorded and the provider knows the event failed
		return                                                                      // [!fix]
	}
	s.Ledger.Record(p)
	w.WriteHeader(http.StatusNoContent)
}

// #endregion
