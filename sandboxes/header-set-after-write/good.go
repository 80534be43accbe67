//go:build !bad

package users

import (
	"encoding/json"
	"net/http"
)

// #region main
// CreateUser handles POST /users: 201 Created, a Location header and the new user as JSON.
func (a *API) CreateUser(w http.ResponseWriter, r *http.Request) {
	u, ok := a.decodeUser(w, r)
	if !ok {
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Location", "/users/"+u.ID)
	w.WriteHeader(http.StatusCreated) // [!fix] [!note] headers and status first: WriteHeader sends them as they are now
	json.NewEncoder(w).Encode(u)      // then the body
}

// #endregion
