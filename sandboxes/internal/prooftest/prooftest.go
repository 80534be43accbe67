// Package prooftest holds the small helpers that several proofs need and that
// have nothing to teach: a log buffer goroutines can share, a free loopback
// address, running the test binary as a child server and waiting for it to
// listen, counting open descriptors. What a page is about stays in its own sandbox.
package prooftest

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"
)

// SyncBuffer is a log destination that a server's goroutines and the test may
// write and read at the same time (bytes.Buffer alone would race).
type SyncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *SyncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *SyncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// FreeAddr returns a loopback address with a port nothing listens on now.
func FreeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// WaitListening waits up to 10s for a child process to accept connections on
// addr, and fails with its log if it exits first or never listens.
func WaitListening(t *testing.T, addr string, exited <-chan struct{}, log fmt.Stringer) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			t.Fatalf("the server exited before it listened:\n%s", log.String())
		default:
		}
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("the server did not listen on %s within 10s:\n%s", addr, log.String())
}

// StartChild runs the current test again in a child process, with env added to
// its environment (the child sees it and plays the server, e.g. by calling the
// program's main), and returns once the child listens on addr. setup may wire
// the command's stdin, stdout and stderr before it starts; log is what the
// failure messages show if the child exits or never listens. The child is
// killed, and waited for, when the test ends.
func StartChild(t *testing.T, addr string, env []string, log fmt.Stringer, setup func(*exec.Cmd)) (cmd *exec.Cmd, exited <-chan struct{}) {
	t.Helper()
	cmd = exec.Command(os.Args[0], "-test.run=^"+t.Name()+"$")
	cmd.Env = append(os.Environ(), env...)
	if setup != nil {
		setup(cmd)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-done
	})
	WaitListening(t, addr, done, log)
	return cmd, done
}

// OpenFDs counts this process's open file descriptors (Linux: /proc/self/fd).
func OpenFDs(t *testing.T) int {
	t.Helper()
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Fatalf("listing /proc/self/fd: %v", err)
	}
	return len(entries)
}
