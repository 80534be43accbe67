package events

import (
	"bufio"
	"net/http"
	"net/http/httptest"
	"runtime"
	"sync"
	"testing"
	"time"
)

// TestEventsArriveWhileTheStreamIsOpen sends one event into an open stream
// and waits for the client to receive it before the handler returns.
func TestEventsArriveWhileTheStreamIsOpen(t *testing.T) {
	events := make(chan string)
	var endOnce sync.Once
	endStream := func() { endOnce.Do(func() { close(events) }) } // makes the handler return

	ts := httptest.NewServer(WithStatus(func(status int) { t.Logf("status recorded: %d", status) }, Stream(events)))
	lines := make(chan string, 8)
	clientDone := make(chan struct{})
	// Cleanups run last-in first-out: end the stream, wait for the client, close the server.
	t.Cleanup(ts.Close)
	t.Cleanup(func() {
		select {
		case <-clientDone:
		case <-time.After(2 * time.Second):
		}
	})
	t.Cleanup(endStream)

	go func() {
		defer close(clientDone)
		defer close(lines)
		resp, err := http.Get(ts.URL + "/orders/events") // returns once the response headers arrive
		if err != nil {
			t.Errorf("GET: %v", err)
			return
		}
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if sc.Text() != "" {
				lines <- sc.Text()
			}
		}
	}()

	events <- "order 42 shipped" // the handler has taken the event, and writes it next
	select {
	case line := <-lines:
		t.Logf("client received %q while the stream was open", line)
	case <-time.After(2 * time.Second):
		endStream()
		var late string
		select {
		case late = <-lines:
		case <-time.After(2 * time.Second):
		}
		t.Fatalf("the first event had not reached the client 2s after the handler wrote it; the client got %q only after the handler returned: nothing was flushed", late)
	}

	// A Flush must have reached the real writer by the time it returns, as
	// http.Flusher promises: a handler goes on writing right after it, and a
	// flush still pending elsewhere would race with those writes. With one P
	// and nothing blocking, a goroutine Flush started could not have run yet.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	inner := httptest.NewRecorder()
	var w http.ResponseWriter = &statusRecorder{ResponseWriter: inner, status: http.StatusOK}
	if err := http.NewResponseController(w).Flush(); err != nil {
		t.Fatalf("flushing through the status recorder: %v", err)
	}
	if !inner.Flushed {
		t.Fatalf("Flush on the status recorder returned before the real writer was flushed")
	}
}
