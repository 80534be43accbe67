// Package api is an HTTP API on its own domain, called with the user's
// session cookie by web frontends on other origins.
package api

import (
	"encoding/json"
	"net/http"
)

// sessions maps session cookies to users. A real service keeps them in a store.
// The API's domain is not the frontends' site, so its session cookie is set
// with SameSite=None; Secure: without that, browsers would not send it with
// the frontends' requests at all.
var sessions = map[string]profile{"s-alice": {User: "alice", Email: "alice@example.com"}}

type profile struct {
	User  string `json:"user"`
	Email string `json:"email"`
}

// NewHandler returns the API: GET /api/me answers with the signed-in user's profile.
func NewHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/me", me)
	return withCORS(mux)
}

func me(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("session")
	if err != nil {
		http.Error(w, "not signed in", http.StatusUnauthorized)
		return
	}
	p, ok := sessions[c.Value]
	if !ok {
		http.Error(w, "not signed in", http.StatusUnauthorized)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(p)
}
