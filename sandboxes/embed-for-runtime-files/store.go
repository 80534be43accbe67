// Package uploads stores files that users upload and serves them back.
package uploads

import (
	"io"
	"net/http"
	"os"
	"path/filepath"
)

// Server keeps uploads in Dir, a folder on disk that the service can write to.
type Server struct {
	Dir string
}

// Routes returns the handler: PUT /files/{name} stores a file, GET
// /files/{name} serves it back.
func (s *Server) Routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("PUT /files/{name}", s.save)
	mux.Handle("GET /files/", http.StripPrefix("/files/", s.files()))
	return mux
}

func (s *Server) save(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	if !filepath.IsLocal(name) {
		http.Error(w, "bad file name", http.StatusBadRequest)
		return
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20))
	if err != nil {
		http.Error(w, "file too large", http.StatusRequestEntityTooLarge)
		return
	}
	if err := os.WriteFile(filepath.Join(s.Dir, name), data, 0o600); err != nil {
		http.Error(w, "could not store the file", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
