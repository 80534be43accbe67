//go:build bad

package massassign

import (
	"encoding/json"
	"net/http"
)

// #region main
// createUser signs a new user up: POST /users {"email": "…", "name": "…"}.
func (s *Server) createUser(w http.ResponseWriter, r *http.Request) {
	var u User
	if err := json.NewDecoder(r.Body).Decode(&u); err != nil { // [!bug] [!note] the client can fill every field of User, so "is_admin": true is taken as given
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	if u.Email == "" {
		http.Error(w, "email is required", http.StatusBadRequest)
		return
	}
	if err := s.insertUser(r.Context(), &u); err != nil {
		http.Error(w, "could not create user", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, u)
}

// #endregion
