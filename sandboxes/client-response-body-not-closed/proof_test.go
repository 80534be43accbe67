package upstream

import (
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"sync/atomic"
	"testing"
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
}
