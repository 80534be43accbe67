//go:build !bad

package search

import (
	"net/http"
	"sync/atomic"
)

// #region main
// Server serves search pages. Handlers run concurrently, one goroutine per
// connection, while Reload may be called at any time.
type Server struct {
	cfg    atomic.Pointer[Config] // [!note] always points to a complete Config that nobody modifies
	served atomic.Int64
}

func NewServer(cfg Config) *Server {
	s := &Server{}
	s.cfg.Store(&cfg)
	return s
}

// Reload swaps in a new configuration.
func (s *Server) Reload(cfg Config) {
	s.cfg.Store(&cfg) // [!fix] [!note] publishes a new Config in one atomic step; the old one is left untouched
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.served.Add(1)          // [!fix]
	render(w, *s.cfg.Load()) // [!fix] [!note] one snapshot for the whole request
}

// Served reports how many requests were served.
func (s *Server) Served() int64 {
	return s.served.Load()
}

// #endregion
