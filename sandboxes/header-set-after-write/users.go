// Package users serves POST /users for an account service.
package users

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
)

// User is an account.
type User struct {
	ID    string `json:"id"`
	Email string `json:"email"`
}

// API holds the accounts, in memory for this example.
type API struct {
	mu    sync.Mutex
	users []User
}

// decodeUser reads the posted user and gives it the next ID. It writes a 400
// and returns false when the body is not a valid user.
func (a *API) decodeUser(w http.ResponseWriter, r *http.Request) (User, bool) {
	var u User
	if err := json.NewDecoder(r.Body).Decode(&u); err != nil || u.Email == "" {
		http.Error(w, "a user needs an email", http.StatusBadRequest)
		return User{}, false
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	u.ID = fmt.Sprintf("u%d", len(a.users)+1)
	a.users = append(a.users, u)
	return u, true
}
