//go:build bad

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
	json.NewEncoder(w).Encode(u) // [!bug] [!note] the first Write commits the response: status 200 and the headers as they are at this moment

	w.Header().Set("Location", "/users/"+u.ID) // [!note] changes a map net/http no longer reads: Location is never sent
	w.WriteHeader(http.StatusCreated)          // [!note] too late: the first Write already fixed the status at 200, so net/http ignores this call and logs it
}

// #endregion
