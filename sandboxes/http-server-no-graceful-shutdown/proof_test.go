package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"gopitfalls.dev/sandboxes/internal/prooftest"
)

// childEnv marks the copy of the test binary that plays the server process.
const childEnv = "GRACEFUL_SHUTDOWN_CHILD"

// TestInFlightRequestSurvivesSIGTERM runs main in a child process, starts a
// request, and sends the process SIGTERM, as a deploy does, while the request
// is still being handled.
func TestInFlightRequestSurvivesSIGTERM(t *testing.T) {
	if os.Getenv(childEnv) != "" {
		serveAsChild()
		return
	}

	addr := prooftest.FreeAddr(t)
	started := newLineWatcher("report started")
	var serverLog prooftest.SyncBuffer
	var release io.WriteCloser
	cmd, exited := prooftest.StartChild(t, addr, []string{childEnv + "=1", "ADDR=" + addr}, &serverLog, func(cmd *exec.Cmd) {
		cmd.Stdout, cmd.Stderr = started, &serverLog
		var err error
		if release, err = cmd.StdinPipe(); err != nil {
			t.Fatal(err)
		}
	})

	type result struct {
		body string
		code int
		err  error
	}
	done := make(chan result, 1)
	go func() {
		client := &http.Client{Timeout: 10 * time.Second}
		resp, err := client.Get("http://" + addr + "/report")
		if err != nil {
			done <- result{err: err}
			return
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		done <- result{string(b), resp.StatusCode, err}
	}()

	select {
	case <-started.seen:
	case <-time.After(10 * time.Second):
		t.Fatalf("the request never reached the handler; server log:\n%s", serverLog.String())
	}
	t.Log("GET /report is in flight; sending SIGTERM to the server")
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	// Give the signal time to act (a process killed by it is gone within
	// milliseconds), then let the report finish.
	select {
	case <-exited:
	case <-time.After(time.Second):
	}
	io.WriteString(release, "finish\n")

	var res result
	select {
	case res = <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("no answer to GET /report 10s after SIGTERM")
	}
	select {
	case <-exited:
	case <-time.After(10 * time.Second):
		t.Fatalf("the server was still running 10s after SIGTERM")
	}
	t.Logf("server log:\n%s", strings.TrimSpace(serverLog.String()))
	t.Logf("server process: %s", cmd.ProcessState)

	if res.err != nil {
		t.Fatalf("the in-flight request was cut when the server got SIGTERM: %v", res.err)
	}
	if res.code != http.StatusOK || res.body != "orders this week: 42\n" {
		t.Fatalf("GET /report = %d %q, want 200 with the report", res.code, res.body)
	}
	if code := cmd.ProcessState.ExitCode(); code != 0 {
		t.Fatalf("the server exited with %s after SIGTERM, want a clean exit (status 0)", cmd.ProcessState)
	}
	t.Logf("GET /report = %d %q", res.code, res.body)
}

// serveAsChild is the server process: main, with a report that finishes when
// the parent writes a line to stdin.
func serveAsChild() {
	release := bufio.NewReader(os.Stdin)
	buildReport = func(context.Context) string {
		fmt.Println("report started")
		release.ReadString('\n')
		return "orders this week: 42\n"
	}
	main()
	os.Exit(0) // main returned: the process ends here, as a real one would
}

// Shutdown makes Serve (and ListenAndServe) return ErrServerClosed at once,
// while it is still waiting for the in-flight request: a main that only waits
// for ListenAndServe exits before the drain is over. Not the proof; it backs
// the note on good.go.
func TestServeReturnsWhileShutdownStillDrains(t *testing.T) {
	inHandler, finish := make(chan struct{}), make(chan struct{})
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(inHandler)
		<-finish
		io.WriteString(w, "done")
	})}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	got := make(chan error, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String())
		if err == nil {
			resp.Body.Close()
		}
		got <- err
	}()
	<-inHandler
	shutdown := make(chan error, 1)
	go func() { shutdown <- srv.Shutdown(context.Background()) }()

	select {
	case err := <-served:
		if !errors.Is(err, http.ErrServerClosed) {
			t.Fatalf("Serve returned %v, want ErrServerClosed", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after Shutdown started")
	}
	select {
	case err := <-shutdown:
		t.Fatalf("Shutdown returned (%v) while a request was still running", err)
	default:
	}
	close(finish)
	if err := <-got; err != nil {
		t.Fatalf("the drained request failed: %v", err)
	}
	if err := <-shutdown; err != nil {
		t.Fatalf("Shutdown: %v", err)
	}
}

// lineWatcher closes seen when a line equal to want is written to it.
type lineWatcher struct {
	want string
	seen chan struct{}
	once sync.Once
	mu   sync.Mutex
	buf  bytes.Buffer
}

func newLineWatcher(want string) *lineWatcher {
	return &lineWatcher{want: want, seen: make(chan struct{})}
}

func (w *lineWatcher) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.buf.Write(p)
	for _, line := range strings.Split(w.buf.String(), "\n") {
		if line == w.want {
			w.once.Do(func() { close(w.seen) })
		}
	}
	return len(p), nil
}
