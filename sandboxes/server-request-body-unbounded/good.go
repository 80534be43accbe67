//go:build !bad

package notes

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
)

// #region main
// CreateNote handles POST /notes.
func (s *Service) CreateNote(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxNoteBytes) // [!fix] [!note] a Read past 1 MiB fails with *http.MaxBytesError, and the server closes the connection after replying
	var n Note
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) { // [!fix] [!note] tell "too big" apart from "not JSON": 413, not 400
			http.Error(w, fmt.Sprintf("request body is larger than %d bytes", tooBig.Limit), http.StatusRequestEntityTooLarge)
			return // [!fix]
		}
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	s.save(n)
	w.WriteHeader(http.StatusCreated)
}

// #endregion
