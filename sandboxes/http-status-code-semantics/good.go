//go:build !bad

package profiles

import (
	"log"
	"net/http"
)

// #region main
func (h *Handler) putProfile(w http.ResponseWriter, r *http.Request) {
	p, err := decodeProfile(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error()) // [!fix] [!note] the request is wrong: 4xx tells the client that sending it again won't help
		return
	}
	if err := h.Save(r.Context(), r.PathValue("id"), p); err != nil {
		log.Printf("put profile: %v", err)
		writeError(w, http.StatusInternalServerError, "could not save the profile") // [!fix] [!note] only failures on the server's side are 5xx, and their details stay in the log
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// #endregion
