//go:build bad

// Package server builds the HTTP server of an API service.
package server

import "net/http"

// #region main
// NewServer returns the API server, ready for ListenAndServe.
// It is what http.ListenAndServe(addr, h) builds for you.
func NewServer(addr string, h http.Handler) *http.Server {
	return &http.Server{ // [!bug] [!note] every timeout is zero, and zero means "wait forever"
		Addr:    addr,
		Handler: h,
	}
}

// #endregion
