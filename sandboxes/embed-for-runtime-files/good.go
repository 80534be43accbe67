//go:build !bad

package uploads

import (
	"net/http"
	"os"
)

// #region main
// files serves what users have uploaded.
func (s *Server) files() http.Handler {
	return http.FileServerFS(os.DirFS(s.Dir)) // [!fix] [!note] read the folder on disk at request time, where save writes
}

// #endregion
