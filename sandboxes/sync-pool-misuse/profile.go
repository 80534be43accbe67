// Package profile serves user profiles as JSON.
package profile

import (
	"bytes"
	"net/http"
	"strings"
	"sync"
)

// Profile is what GET /users/{name} returns.
type Profile struct {
	Name  string `json:"name"`
	Email string `json:"email"`
	Plan  string `json:"plan"`
}

// bufPool holds encoding buffers, so a busy server does not allocate a new
// one for every response.
var bufPool = sync.Pool{
	New: func() any { return new(bytes.Buffer) },
}

// NewHandler serves GET /users/{name} from profiles.
func NewHandler(profiles map[string]Profile) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /users/{name}", func(w http.ResponseWriter, r *http.Request) {
		p, ok := profiles[strings.ToLower(r.PathValue("name"))]
		if !ok {
			http.Error(w, "no such user", http.StatusNotFound)
			return
		}
		writeJSON(w, http.StatusOK, p)
	})
	return mux
}
