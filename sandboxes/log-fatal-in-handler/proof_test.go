package main

import (
	"context"
	"errors"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"gopitfalls.dev/sandboxes/internal/prooftest"
)

// childEnv marks the copy of the test binary that plays the server process.
const childEnv = "LOG_FATAL_CHILD"

// TestAuditTrailSurvivesFailedOrder runs main in a child process. Order A-1
// is saved; saving B-2 fails in the database. Then the process is stopped
// with SIGTERM, as a deploy would, and the audit file must hold A-1's entry.
func TestAuditTrailSurvivesFailedOrder(t *testing.T) {
	if os.Getenv(childEnv) != "" {
		serveAsChild()
		return
	}

	addr := prooftest.FreeAddr(t)
	auditFile := filepath.Join(t.TempDir(), "audit.log")
	var serverLog prooftest.SyncBuffer
	cmd, exited := prooftest.StartChild(t, addr, []string{childEnv + "=1", "ADDR=" + addr, "AUDIT_FILE=" + auditFile}, &serverLog, func(cmd *exec.Cmd) {
		cmd.Stdout, cmd.Stderr = &serverLog, &serverLog
	})

	url := "http://" + addr + "/orders"
	if code, err := post(url, `{"id":"A-1","sku":"mug"}`); err != nil || code != http.StatusCreated {
		t.Fatalf("order A-1: %d %v, want 201", code, err)
	}
	codeB, errB := post(url, `{"id":"B-2","sku":"kettle"}`)
	if errB != nil {
		t.Logf("order B-2: %v", errB)
	} else {
		t.Logf("order B-2: %d", codeB)
	}

	// Stop the server the way a deploy does (it may be gone already).
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil && !errors.Is(err, os.ErrProcessDone) {
		t.Fatal(err)
	}
	select {
	case <-exited:
	case <-time.After(10 * time.Second):
		t.Fatalf("the server was still running 10s after SIGTERM")
	}
	t.Logf("server log:\n%s", strings.TrimSpace(serverLog.String()))
	t.Logf("server process: %s", cmd.ProcessState)

	audit, err := os.ReadFile(auditFile)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("audit file: %q", audit)
	if want := "order A-1 created\n"; !strings.Contains(string(audit), want) {
		t.Fatalf("the audit trail lost %q: the process exited (%s) before its deferred audit.Close flushed the buffer", want, cmd.ProcessState)
	}
	if errB != nil || codeB < 500 {
		t.Fatalf("order B-2: %d %v, want a 5xx response", codeB, errB)
	}
	if strings.Contains(string(audit), "B-2") {
		t.Fatalf("the audit trail records order B-2, which was never saved: the handler went on after answering %d", codeB)
	}
	if code := cmd.ProcessState.ExitCode(); code != 0 {
		t.Fatalf("the server exited with %s, want a clean exit after SIGTERM", cmd.ProcessState)
	}
}

// serveAsChild is the server process: main, with a database that refuses
// to save order B-2.
func serveAsChild() {
	// One P: a goroutine the handler starts cannot run before the handler has
	// returned and its response is on the wire, so an error response written
	// from one is missing every time, not in some runs.
	runtime.GOMAXPROCS(1)
	openStore = func() (Store, error) { return failingStore{failOn: "B-2"}, nil }
	main()
	os.Exit(0) // main returned: the process ends here, as a real one would
}

type failingStore struct{ failOn string }

func (s failingStore) Insert(_ context.Context, o Order) error {
	if o.ID == s.failOn {
		return errors.New("write tcp 10.0.0.7:5432: connection reset by peer")
	}
	return nil
}

func post(url, body string) (int, error) {
	client := &http.Client{Timeout: 10 * time.Second}
	resp, err := client.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, resp.Body)
	return resp.StatusCode, nil
}
