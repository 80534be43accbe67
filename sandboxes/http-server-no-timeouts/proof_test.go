package server

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func TestSlowClientIsCut(t *testing.T) {
	// Shorten the fixed server's budgets so the proof is quick. The bad
	// server never reads them.
	headerTimeout, idleTimeout = 200*time.Millisecond, 200*time.Millisecond

	ts := httptest.NewUnstartedServer(nil)
	ts.Config = NewServer("", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "ok\n")
	}))
	ts.Start()
	t.Cleanup(ts.Close) // runs after the parallel subtests below

	t.Run("slow headers", func(t *testing.T) {
		t.Parallel()
		conn := dial(t, ts)
		// A request line and one header, then silence: the blank line that
		// ends the headers never comes (the "slowloris" pattern).
		fmt.Fprint(conn, "GET /orders HTTP/1.1\r\nHost: api.example\r\n")
		expectClosed(t, conn, bufio.NewReader(conn), "it is still waiting for the rest of the headers")
	})

	t.Run("idle keep-alive", func(t *testing.T) {
		t.Parallel()
		conn := dial(t, ts)
		// One complete request, then the client keeps the connection open
		// and never sends another.
		fmt.Fprint(conn, "GET /orders HTTP/1.1\r\nHost: api.example\r\n\r\n")
		br := bufio.NewReader(conn)
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatalf("reading the response: %v", err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		t.Logf("got %s, now idling", resp.Status)
		expectClosed(t, conn, br, "it keeps the idle keep-alive connection forever")
	})
}

func dial(t *testing.T, ts *httptest.Server) net.Conn {
	t.Helper()
	conn, err := net.Dial("tcp", ts.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	return conn
}

// expectClosed waits up to 1s for the server to hang up on conn.
func expectClosed(t *testing.T, conn net.Conn, r io.Reader, why string) {
	t.Helper()
	conn.SetReadDeadline(time.Now().Add(time.Second))
	n, err := io.Copy(io.Discard, r) // returns at EOF, on a reset, or at the deadline
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatalf("connection still open after 1s: the server never timed out this client; %s", why)
	}
	if n == 0 && err == nil {
		t.Logf("the server closed the connection and sent nothing")
		return
	}
	t.Logf("the server closed the connection (%d bytes sent first, err=%v)", n, err)
}
