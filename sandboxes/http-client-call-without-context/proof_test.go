package quote

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// A caller asks for a quote and gives up while the pricing service is still
// working on it. The pricing service must learn that nobody is waiting any
// more, so it can stop.
func TestCallerGivesUpUpstreamIsCancelled(t *testing.T) {
	started := make(chan struct{}, 1)
	cancelled := make(chan struct{}, 1)
	release := make(chan struct{})
	pricing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		started <- struct{}{}
		select {
		case <-r.Context().Done(): // the connection from the quote service went away
			cancelled <- struct{}{}
		case <-release: // the test is over
		}
	}))
	t.Cleanup(pricing.Close)

	front := httptest.NewServer(&Handler{
		Client:     &http.Client{Timeout: time.Minute},
		PricingURL: pricing.URL,
	})
	t.Cleanup(front.Close)
	t.Cleanup(func() { close(release) }) // runs first, so both servers can close

	ctx, giveUp := context.WithCancel(context.Background())
	defer giveUp()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, front.URL+"/quote?sku=A-100", nil)
	if err != nil {
		t.Fatal(err)
	}
	callerDone := make(chan error, 1)
	go func() {
		resp, err := front.Client().Do(req)
		if err == nil {
			resp.Body.Close()
		}
		callerDone <- err
	}()

	select {
	case <-started:
	case <-time.After(5 * time.Second):
		t.Fatal("the quote handler never called the pricing service")
	}
	giveUp() // the caller hangs up, as a browser tab closing or a client timeout does
	if err := <-callerDone; err == nil {
		t.Fatal("the caller's request succeeded, but it was cancelled")
	}

	select {
	case <-cancelled:
		t.Log("the pricing service saw its request cancelled once the caller hung up")
	case <-time.After(time.Second):
		t.Fatal("pricing request still running 1s after the caller hung up: the outbound call was not cancelled with the incoming request")
	}
}
