//go:build !bad

// Package files serves the documents in one directory over HTTP, at
// GET /files/{name...}.
package files

import (
	"net/http"
	"os"
)

// Server serves the files under one directory.
type Server struct {
	root *os.Root
}

// NewServer serves the files under dir.
func NewServer(dir string) (*Server, error) {
	root, err := os.OpenRoot(dir) // [!fix] [!note] os.Root (Go 1.24): every open through it stays inside dir
	if err != nil {
		return nil, err
	}
	return &Server{root: root}, nil
}

// #region main
// ServeHTTP handles GET /files/{name...}.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	f, err := s.root.Open(name) // [!fix] [!note] "../secret.txt", "/etc/passwd" and symlinks that lead outside fail with "path escapes from parent"
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
