package servers

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"syscall"
	"testing"
	"time"

	"gopitfalls.dev/sandboxes/internal/prooftest"
)

// TestBothServersListen starts the API and admin servers with Run: both must
// answer, Run must return nil once ctx is cancelled, and a port that is
// already taken must make Run fail at once instead of running half a service.
func TestBothServersListen(t *testing.T) {
	t.Run("both answer", func(t *testing.T) {
		apiAddr, adminAddr := prooftest.FreeAddr(t), prooftest.FreeAddr(t)
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		done := make(chan error, 1)
		go func() { done <- Run(ctx, NewAPI(apiAddr), NewAdmin(adminAddr)) }()

		if err := waitFor("http://"+apiAddr+"/orders", 5*time.Second); err != nil {
			t.Fatalf("API server on %s: %v", apiAddr, err)
		}
		t.Logf("API server answers on %s", apiAddr)
		if err := waitFor("http://"+adminAddr+"/healthz", 2*time.Second); err != nil {
			t.Fatalf("admin server on %s never started listening, 2s after the API server did: %v", adminAddr, err)
		}
		t.Logf("admin server answers on %s", adminAddr)

		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("Run returned %v after ctx was cancelled, want nil", err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("Run did not return within 5s of ctx being cancelled")
		}
	})

	t.Run("admin port taken", func(t *testing.T) {
		taken, err := net.Listen("tcp", "127.0.0.1:0") // someone else holds the admin port
		if err != nil {
			t.Fatal(err)
		}
		defer taken.Close()
		apiAddr := prooftest.FreeAddr(t)
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		done := make(chan error, 1)
		go func() { done <- Run(ctx, NewAPI(apiAddr), NewAdmin(taken.Addr().String())) }()

		select {
		case err := <-done:
			t.Logf("Run returned: %v", err)
			if !errors.Is(err, syscall.EADDRINUSE) {
				t.Fatalf("Run returned %v, want the admin server's address already in use error", err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("Run was still running 5s after it was given a taken admin port: the service runs without its admin server and nobody is told")
		}
	})
}

// waitFor polls url until it answers 200, for at most d.
func waitFor(url string, d time.Duration) error {
	client := &http.Client{Timeout: time.Second}
	deadline := time.Now().Add(d)
	for {
		resp, err := client.Get(url)
		if err == nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
			err = errors.New(resp.Status)
		}
		if time.Now().After(deadline) {
			return err
		}
		time.Sleep(20 * time.Millisecond)
	}
}
