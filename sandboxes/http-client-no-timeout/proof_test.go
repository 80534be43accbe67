package rates

import (
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// The rates service accepts the request and then never answers, as an
// overloaded or wedged upstream does. A call must give up on its own.
func TestStuckUpstreamTimesOut(t *testing.T) {
	requestTimeout = 300 * time.Millisecond // the fixed client's budget, shortened for the proof

	arrived := make(chan struct{}, 1)
	release := make(chan struct{})
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		arrived <- struct{}{}
		<-release // hold the request until the test ends
	}))
	t.Cleanup(ts.Close)
	t.Cleanup(func() { close(release) }) // runs first: lets the handler return so Close can finish

	type result struct {
		rate float64
		err  error
	}
	done := make(chan result, 1)
	go func() {
		// A background job refreshing its rates: no deadline on this context.
		rate, err := NewClient(ts.URL).Rate(context.Background(), "EUR", "USD")
		done <- result{rate, err}
	}()

	select {
	case <-arrived:
	case <-time.After(5 * time.Second):
		t.Fatal("the request never reached the rates service")
	}

	select {
	case r := <-done:
		if r.err == nil {
			t.Fatalf("Rate returned %v and no error, but the service never answered", r.rate)
		}
		var ne net.Error
		if !errors.As(r.err, &ne) || !ne.Timeout() {
			t.Fatalf("Rate failed, but not with a timeout: %v", r.err)
		}
		t.Logf("Rate gave up: %v", r.err)
	case <-time.After(time.Second):
		t.Fatalf("Rate still waiting after 1s: nothing bounds the call, so it blocks for as long as the service keeps the connection open")
	}
}
