//go:build !bad

// Package server builds the HTTP server of an API service.
package server

import "net/http"

// #region main
// NewServer returns the API server, ready for ListenAndServe.
func NewServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: headerTimeout, // [!fix] [!note] a client that has not sent its headers by now is cut off
		IdleTimeout:       idleTimeout,   // [!fix] [!note] idle keep-alive connections are closed too
		// No blanket WriteTimeout: it would also cut long streams (SSE,
		// big downloads). Give slow handlers their own budget instead, with
		// http.TimeoutHandler or http.NewResponseController(w).SetWriteDeadline.
	}
}

// #endregion
