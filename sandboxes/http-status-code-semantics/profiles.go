// Package profiles serves PUT /profiles/{id}, which replaces a user's profile.
package profiles

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
)

// Profile is what a client sends to replace a user's profile.
type Profile struct {
	Name  string `json:"name"`
	Email string `json:"email"`
}

// Handler serves the profiles API.
type Handler struct {
	// Save stores a profile; it fails when the database is unavailable.
	Save func(ctx context.Context, id string, p Profile) error
}

// NewMux routes the profiles API.
func NewMux(h *Handler) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("PUT /profiles/{id}", h.putProfile)
	return mux
}

// decodeProfile reads and checks the request body. Every error it returns is
// the client's fault: malformed JSON or a field that fails validation.
func decodeProfile(r *http.Request) (Profile, error) {
	var p Profile
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		return Profile{}, fmt.Errorf("invalid JSON: %w", err)
	}
	if p.Name == "" {
		return Profile{}, errors.New("name is required")
	}
	if !strings.Contains(p.Email, "@") {
		return Profile{}, fmt.Errorf("email %q is not an email address", p.Email)
	}
	return p, nil
}

func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}
