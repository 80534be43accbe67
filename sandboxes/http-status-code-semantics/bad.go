//go:build bad

package profiles

import "net/http"

// #region main
func (h *Handler) putProfile(w http.ResponseWriter, r *http.Request) {
	p, err := decodeProfile(r)
	if err == nil {
		err = h.Save(r.Context(), r.PathValue("id"), p)
	}
	if err != nil {
		writeError(w, http.StatusInternalServerError, err.Error()) // [!bug] [!note] a typo in the email and a database outage get the same answer: 500, "our fault, try again"
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// #endregion
