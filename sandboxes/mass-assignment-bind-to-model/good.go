//go:build !bad

package massassign

import (
	"encoding/json"
	"net/http"
)

// #region main
// signupRequest holds the fields a client may set when signing up, and no others.
type signupRequest struct {
	Email string `json:"email"`
	Name  string `json:"name"`
}

// createUser signs a new user up: POST /users {"email": "…", "name": "…"}.
func (s *Server) createUser(w http.ResponseWriter, r *http.Request) {
	var req signupRequest                                        // [!fix] [!note] decode into the request type, not the model
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil { // [!note] keys signupRequest has no field for, such as is_admin, are skipped
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	if req.Email == "" {
		http.Error(w, "email is required", http.StatusBadRequest)
		return
	}
	u := User{Email: req.Email, Name: req.Name} // [!fix] [!note] copy the allowed fields; IsAdmin stays false, the server's choice
	if err := s.insertUser(r.Context(), &u); err != nil {
		http.Error(w, "could not create user", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusCreated, u)
}

// #endregion
