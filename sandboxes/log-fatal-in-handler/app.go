// Command orders takes orders over HTTP and keeps an audit trail of them.
package main

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os"
	"sync"
	"time"
)

// Order is what a client posts.
type Order struct {
	ID  string `json:"id"`
	SKU string `json:"sku"`
}

// Store saves orders. In production it is a database.
type Store interface {
	Insert(ctx context.Context, o Order) error
}

// openStore connects to the database; the proof swaps in a store that fails.
var openStore = func() (Store, error) { return &memStore{}, nil }

type memStore struct {
	mu     sync.Mutex
	orders []Order
}

func (s *memStore) Insert(_ context.Context, o Order) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.orders = append(s.orders, o)
	return nil
}

// Audit is an append-only audit trail. Record buffers each entry in memory;
// Close writes the buffer to the file. (Batching log shippers, tracing
// exporters and metric pushers work the same way.)
type Audit struct {
	mu sync.Mutex
	f  *os.File
	w  *bufio.Writer
}

func OpenAudit(path string) (*Audit, error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		return nil, err
	}
	return &Audit{f: f, w: bufio.NewWriter(f)}, nil
}

func (a *Audit) Record(format string, args ...any) {
	a.mu.Lock()
	defer a.mu.Unlock()
	fmt.Fprintf(a.w, format+"\n", args...)
}

// Close flushes the buffered entries and closes the file.
func (a *Audit) Close() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	return errors.Join(a.w.Flush(), a.f.Close())
}

// Orders serves POST /orders.
type Orders struct {
	Store Store
	Audit *Audit
}

func newServer(h *Orders) *http.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /orders", h.Create)
	return &http.Server{Addr: cmp.Or(os.Getenv("ADDR"), ":8080"), Handler: mux, ReadHeaderTimeout: 5 * time.Second}
}

// serve runs srv until ctx is cancelled, then lets in-flight requests finish.
func serve(ctx context.Context, srv *http.Server) error {
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.ListenAndServe() }()
	select {
	case err := <-serveErr:
		return err
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	return srv.Shutdown(shutdownCtx)
}

func auditPath() string { return cmp.Or(os.Getenv("AUDIT_FILE"), "audit.log") }
