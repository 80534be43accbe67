// Command supervise starts one database server for a proof run and keeps it until the
// run ends:
//
//	go run ./internal/services/supervise postgres
//
// It prints one JSON line, {"service","dsn","version","dir","pid","startMs"}, then stops
// the server and deletes its directory when its stdin reaches end of file (the runner
// closed it, or died: the kernel closes a dead process's pipes, so even a SIGKILLed
// runner leaves nothing behind) or on SIGTERM or SIGINT. On failure it prints
// {"service","error"} and exits 1.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"gopitfalls.dev/sandboxes/internal/services"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: supervise postgres|mariadb")
		os.Exit(2)
	}
	name := os.Args[1]
	out := json.NewEncoder(os.Stdout)
	t0 := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	s, err := services.Start(ctx, name)
	cancel()
	if err != nil {
		_ = out.Encode(map[string]string{"service": name, "error": err.Error()})
		os.Exit(1)
	}
	_ = out.Encode(map[string]any{
		"service": name, "dsn": s.DSN, "version": s.Version, "dir": s.Dir,
		"pid": s.PID(), "startMs": time.Since(t0).Milliseconds(),
	})

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP)
	eof := make(chan struct{})
	go func() { _, _ = io.Copy(io.Discard, os.Stdin); close(eof) }()
	select {
	case <-stop:
	case <-eof:
	}
	s.Stop()
}
