// Package api is the HTTP API behind a web app that runs on another origin
// and signs users in with a session cookie.
package api

import (
	"encoding/json"
	"net/http"
)

// appOrigin is the web app's origin; proof_test.go points it at its own server.
var appOrigin = "https://app.example.com"

// sessions maps session cookies to users. A real service keeps them in a store.
var sessions = map[string]string{"s-alice": "alice"}

// NewHandler returns the API: GET /api/me answers with the signed-in user.
func NewHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/me", me)
	return withCORS(mux)
}

func me(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("session")
	if err != nil || sessions[c.Value] == "" {
		http.Error(w, "not signed in", http.StatusUnauthorized)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]string{"user": sessions[c.Value]})
}
