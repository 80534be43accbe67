//go:build bad

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
	json.Unmarshal(body, &p) // [!bug] [!note] the error is dropped: a field of the wrong type keeps its zero value and the other fields are filled in
	s.Ledger.Record(p)
	w.WriteHeader(http.StatusNoContent) // [!note] the provider sees success and never sends this event again
}

// #endregion
