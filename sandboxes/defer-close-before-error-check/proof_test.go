package profiles

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// The accounts service is restarting: it accepts the connection and drops it
// without answering. Fetch must report that as an error, not crash.
func TestFailedRequestReturnsError(t *testing.T) {
	accounts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		conn, _, err := http.NewResponseController(w).Hijack()
		if err != nil {
			t.Errorf("hijack: %v", err)
			return
		}
		conn.Close() // hang up without a response
	}))
	defer accounts.Close()

	client := &http.Client{Timeout: 5 * time.Second}
	p, err := Fetch(context.Background(), client, accounts.URL, "u-42")
	if err == nil {
		t.Fatalf("Fetch returned %+v and no error, but the service hung up without answering", p)
	}
	t.Logf("Fetch returned an error, as it should: %v", err)

	// When the service does answer, Fetch decodes the profile and closes the
	// body it was handed: moving the defer below the check must not lose it.
	up := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"id":"u-42","email":"ana@example.com"}`)
	}))
	defer up.Close()
	tr := &http.Transport{}
	defer tr.CloseIdleConnections()
	bodies := &bodyCounter{rt: tr}
	p, err = Fetch(context.Background(), &http.Client{Transport: bodies, Timeout: 5 * time.Second}, up.URL, "u-42")
	if err != nil || p == nil || p.Email != "ana@example.com" {
		t.Fatalf("the service answered, but Fetch returned %+v, %v", p, err)
	}
	if bodies.closed != bodies.opened {
		t.Fatalf("Fetch returned with %d of %d response bodies still open: nothing closed resp.Body", bodies.opened-bodies.closed, bodies.opened)
	}
}

// bodyCounter counts the response bodies the client hands out and how many of
// them were closed.
type bodyCounter struct {
	rt             http.RoundTripper
	opened, closed int
}

func (c *bodyCounter) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := c.rt.RoundTrip(r)
	if err == nil {
		c.opened++
		resp.Body = countedBody{resp.Body, c}
	}
	return resp, err
}

type countedBody struct {
	io.ReadCloser
	c *bodyCounter
}

func (b countedBody) Close() error {
	b.c.closed++
	return b.ReadCloser.Close()
}
