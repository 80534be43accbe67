package upstream

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

func TestConnectionsAreReused(t *testing.T) {
	// The upstream counts the TCP connections it accepts.
	var opened atomic.Int32
	ts := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `{"status":"ok"}`) // a non-empty body, like a real health endpoint
	}))
	ts.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			opened.Add(1)
		}
	}
	ts.Start()
	defer ts.Close()

	// A client with its own connection pool, as a service would have.
	tr := &http.Transport{}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr}

	const requests = 20
	before := runtime.NumGoroutine()
	for i := 0; i < requests; i++ { // one after another: one connection is enough
		code, err := Status(client, ts.URL+"/healthz")
		if err != nil || code != http.StatusOK {
			t.Fatalf("request %d: status %d, error %v", i, code, err)
		}
	}
	n := opened.Load()
	t.Logf("%d sequential requests; TCP connections opened: %d; goroutines: %d before, %d after (client and test server)",
		requests, n, before, runtime.NumGoroutine())
	if n > 2 {
		t.Fatalf("%d requests opened %d TCP connections: each unclosed body keeps its connection busy, so the client dials a new one every time",
			requests, n)
	}

	// Past the drain cap the body is not read to the end, and then Close is what
	// lets the connection go: the transport drops it and the upstream sees it
	// closed. A response nobody closes keeps its connection checked out for good.
	hung := make(chan struct{}, 1)
	big := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write(make([]byte, 4<<20)) // far more than the 64 KiB Status drains
	}))
	big.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateClosed {
			select {
			case hung <- struct{}{}:
			default:
			}
		}
	}
	big.Start()
	defer big.Close()
	defer big.CloseClientConnections() // unblocks a handler still writing, so Close does not wait
	if code, err := Status(client, big.URL+"/healthz"); err != nil || code != http.StatusOK {
		t.Fatalf("large body: status %d, error %v", code, err)
	}
	select {
	case <-hung:
	case <-time.After(10 * time.Second):
		t.Fatalf("a body larger than the drain cap: its connection was still open 10s after Status returned, so resp.Body was never closed")
	}
}
