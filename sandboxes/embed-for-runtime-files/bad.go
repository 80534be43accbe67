//go:build bad

package uploads

import (
	"embed"
	"io/fs"
	"net/http"
)

// #region main
// The uploads folder, compiled into the binary.
//
//go:embed uploads
var uploaded embed.FS

// files serves what users have uploaded.
func (s *Server) files() http.Handler {
	dir, _ := fs.Sub(uploaded, "uploads")
	return http.FileServerFS(dir) // [!bug] [!note] a snapshot taken by go build: files saved after that are never in it
}

// #endregion
