//go:build bad

package search

import "net/http"

// #region main
// Server serves search pages. Handlers run concurrently, one goroutine per
// connection, while Reload may be called at any time.
type Server struct {
	cfg    Config
	served int64 // requests served, for the metrics endpoint
}

func NewServer(cfg Config) *Server {
	return &Server{cfg: cfg}
}

// Reload swaps in a new configuration.
func (s *Server) Reload(cfg Config) {
	s.cfg = cfg // [!bug] [!note] overwrites the string and the int while handlers are reading them
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.served++ // [!note] also a race: two requests read the same value and one increment is lost
	render(w, s.cfg)
}

// Served reports how many requests were served.
func (s *Server) Served() int64 {
	return s.served
}

// #endregion
