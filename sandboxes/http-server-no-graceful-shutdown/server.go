// Command reports serves an API whose GET /report takes a few seconds to answer.
package main

import (
	"cmp"
	"context"
	"io"
	"net/http"
	"os"
	"time"
)

// newServer returns the API server.
func newServer(addr string) *http.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /report", func(w http.ResponseWriter, r *http.Request) {
		report := buildReport(r.Context())
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, report)
	})
	return &http.Server{Addr: addr, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
}

// buildReport stands in for the slow part of a request: a big query, a call to
// another service. The proof replaces it so that it finishes when told to.
var buildReport = func(ctx context.Context) string {
	time.Sleep(3 * time.Second)
	return "orders this week: 42\n"
}

// listenAddr is where the server listens: $ADDR, or :8080.
func listenAddr() string { return cmp.Or(os.Getenv("ADDR"), ":8080") }
