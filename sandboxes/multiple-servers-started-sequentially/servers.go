// Package servers runs a service's two HTTP servers: the public API and an
// internal admin server (health checks, metrics) on its own port.
package servers

import (
	"io"
	"net/http"
	"time"
)

// NewAPI returns the public API server.
func NewAPI(addr string) *http.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /orders", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "[]\n")
	})
	return &http.Server{Addr: addr, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
}

// NewAdmin returns the admin server, which must never be reachable from
// outside: health checks for the orchestrator, metrics for the scraper.
func NewAdmin(addr string) *http.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok\n")
	})
	return &http.Server{Addr: addr, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
}
