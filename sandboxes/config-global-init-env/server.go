// Package api builds the orders service's HTTP server from its configuration.
package api

import (
	"net/http"
	"os"
	"time"
)

// Config is the service's configuration, read from the environment.
type Config struct {
	Addr              string        // APP_ADDR, default ":8080"
	ReadHeaderTimeout time.Duration // APP_READ_HEADER_TIMEOUT, default 5s
}

// NewServer builds the HTTP server from cfg.
func NewServer(cfg Config, h http.Handler) *http.Server {
	return &http.Server{Addr: cfg.Addr, Handler: h, ReadHeaderTimeout: cfg.ReadHeaderTimeout}
}

// envOr returns the environment variable key, or def when it is unset or empty.
func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}
