//go:build !bad

package server

import (
	"net/http"
	"net/http/pprof"
)

// #region main
// NewServers returns the public API server and the admin server that
// serves the profiler.
func NewServers(api http.Handler) (public, admin *http.Server) {
	pub := http.NewServeMux() // [!fix] [!note] the public server gets a mux of its own: only what is registered on it
	pub.Handle("/api/", api)

	dbg := http.NewServeMux()
	dbg.HandleFunc("/debug/pprof/", pprof.Index) // [!fix] [!note] the profiler is registered by hand, on the admin mux only
	dbg.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
	dbg.HandleFunc("/debug/pprof/profile", pprof.Profile)
	dbg.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
	dbg.HandleFunc("/debug/pprof/trace", pprof.Trace)

	public = &http.Server{Addr: PublicAddr, Handler: pub, ReadHeaderTimeout: readHeaderTimeout}
	admin = &http.Server{Addr: AdminAddr, Handler: dbg, ReadHeaderTimeout: readHeaderTimeout}
	return public, admin
}

// #endregion
