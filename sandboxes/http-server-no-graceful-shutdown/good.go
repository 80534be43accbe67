//go:build !bad

package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// #region main
func main() {
	// SIGTERM is what Kubernetes, systemd and docker stop send; SIGINT is Ctrl-C.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM) // [!fix] [!note] the signal now cancels ctx instead of killing the process
	defer stop()
	if err := run(ctx, newServer(listenAddr())); err != nil {
		log.Fatal(err)
	}
}

// run serves until ctx is cancelled, then lets in-flight requests finish.
func run(ctx context.Context, srv *http.Server) error {
	serveErr := make(chan error, 1)
	go func() { // [!fix]
		log.Printf("listening on %s", srv.Addr)
		serveErr <- srv.ListenAndServe() // [!note] returns ErrServerClosed the moment Shutdown starts, before the requests have drained: never exit on that
	}()

	select { // [!fix]
	case err := <-serveErr:
		return err // it never started, e.g. the port is taken
	case <-ctx.Done():
	}
	log.Print("shutting down: waiting for in-flight requests")

	// Finish well inside the grace period before SIGKILL (30s by default in Kubernetes).
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	return srv.Shutdown(shutdownCtx) // [!fix] [!note] closes the listener, then returns once every active request has finished
}

// #endregion
