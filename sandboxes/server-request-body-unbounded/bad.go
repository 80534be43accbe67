//go:build bad

package notes

import (
	"encoding/json"
	"net/http"
)

// #region main
// CreateNote handles POST /notes.
func (s *Service) CreateNote(w http.ResponseWriter, r *http.Request) {
	var n Note
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil { // [!bug] [!note] nothing limits r.Body: the decoder keeps reading, and buffering, for as long as the client keeps sending
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	s.save(n)
	w.WriteHeader(http.StatusCreated)
}

// #endregion
