package price

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"go.uber.org/goleak"
)

// A client asks for a price and hangs up while the backend is still working.
// Once the backend answers, no goroutine from that request may be left behind.
func TestHangUpLeavesNoGoroutine(t *testing.T) {
	// A client that waits gets its price: the worker still hands its result
	// over while the handler is listening.
	quick := &PriceHandler{
		Timeout: 10 * time.Second, // far away: the backend answers at once
		Lookup:  func(sku string) (string, error) { return "4.50", nil },
	}
	rec := httptest.NewRecorder()
	quick.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/price?sku=B2", nil))
	if rec.Code != http.StatusOK || rec.Body.String() != "4.50" {
		t.Fatalf("a client that waited got %d %q, want 200 \"4.50\": the worker's result never reached the handler", rec.Code, rec.Body.String())
	}

	started := make(chan struct{})
	release := make(chan struct{})
	h := &PriceHandler{
		Timeout: 10 * time.Second, // far away: the client hangs up first
		Lookup: func(sku string) (string, error) {
			close(started)
			<-release // the backend answers only after the client has gone
			return "9.99", nil
		},
	}

	ctx, hangUp := context.WithCancel(context.Background())
	go func() {
		<-started
		hangUp() // the client disconnects mid-request
	}()
	req := httptest.NewRequest(http.MethodGet, "/price?sku=A1", nil).WithContext(ctx)
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req) // returns as soon as the client has hung up
	if rec.Code != http.StatusServiceUnavailable {
		t.Fatalf("status %d, want %d: the handler should give up when the client hangs up", rec.Code, http.StatusServiceUnavailable)
	}

	close(release) // now the backend answers, after the handler has returned

	// goleak retries for about half a second before it reports a goroutine that
	// is still alive, so a worker on its way out is not counted.
	goleak.VerifyNone(t)
}
