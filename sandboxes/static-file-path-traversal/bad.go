//go:build bad

// Package files serves the documents in one directory over HTTP, at
// GET /files/{name...}.
package files

import (
	"net/http"
	"os"
	"path/filepath"
)

// Server serves the files under one directory.
type Server struct {
	dir string
}

// NewServer serves the files under dir.
func NewServer(dir string) (*Server, error) {
	return &Server{dir: dir}, nil
}

// #region main
// ServeHTTP handles GET /files/{name...}.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")                   // [!note] "..%2fsecret.txt" in the URL arrives here as "../secret.txt"
	f, err := os.Open(filepath.Join(s.dir, name)) // [!bug] [!note] Join resolves ".." instead of refusing it: the result can point anywhere
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || info.IsDir() {
		http.NotFound(w, r)
		return
	}
	http.ServeContent(w, r, info.Name(), info.ModTime(), f)
}

// #endregion
