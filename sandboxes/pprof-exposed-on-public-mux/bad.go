//go:build bad

package server

import (
	"net/http"
	_ "net/http/pprof" // [!note] its init registers /debug/pprof/ handlers on http.DefaultServeMux
)

// #region main
// NewServers returns the public API server and the admin server that
// serves the profiler.
func NewServers(api http.Handler) (public, admin *http.Server) {
	http.Handle("/api/", api)
	public = &http.Server{Addr: PublicAddr, ReadHeaderTimeout: readHeaderTimeout} // [!bug] [!note] no Handler means http.DefaultServeMux, which holds the profiler too
	admin = &http.Server{Addr: AdminAddr, ReadHeaderTimeout: readHeaderTimeout}   // [!note] the profiler is meant to be here, on loopback only
	return public, admin
}

// #endregion
