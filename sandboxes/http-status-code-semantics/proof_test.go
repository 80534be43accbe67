package profiles

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
)

// TestClientErrorsAreNotRetried sends one invalid and one valid profile update
// through a retrying client and counts how many requests reach the server.
func TestClientErrorsAreNotRetried(t *testing.T) {
	// One P: a goroutine the handler starts cannot run before the handler has
	// returned and net/http has sent its answer, so an error written from one
	// is missing from the response every time, not in some runs.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var outage atomic.Bool // while true, Save fails as if the database were down
	h := &Handler{Save: func(ctx context.Context, id string, p Profile) error {
		if outage.CompareAndSwap(true, false) { // fails once, then recovers
			return errors.New("dial tcp 10.0.3.7:5432: connect: connection refused")
		}
		return nil
	}}
	var requests atomic.Int32
	mux := NewMux(h)
	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1) // every request that reaches the server, retries included
		mux.ServeHTTP(w, r)
	}))
	defer ts.Close()
	client := &RetryClient{HTTP: ts.Client(), Attempts: 3}

	put := func(t *testing.T, body string) (status string, code int, reply string) {
		t.Helper()
		requests.Store(0)
		req, _ := http.NewRequest(http.MethodPut, ts.URL+"/profiles/42", strings.NewReader(body))
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.Status, resp.StatusCode, strings.TrimSpace(string(b))
	}

	t.Run("invalid email", func(t *testing.T) {
		status, code, reply := put(t, `{"name":"Ada","email":"ada.example.com"}`)
		n := requests.Load()
		t.Logf("client got %s %s after %d request(s)", status, reply, n)
		if n != 1 {
			t.Fatalf("one invalid update reached the server %d times: it answered %s, so the retrying client took a bad email for a server fault and sent it again", n, status)
		}
		if code != http.StatusBadRequest && code != http.StatusUnprocessableEntity {
			t.Fatalf("an invalid email got %s, want 400 Bad Request (or 422)", status)
		}
	})

	t.Run("database blip", func(t *testing.T) {
		outage.Store(true)
		status, code, reply := put(t, `{"name":"Ada","email":"ada@example.com"}`)
		n := requests.Load()
		t.Logf("client got %s %s after %d request(s)", status, reply, n)
		if code != http.StatusNoContent || n != 2 {
			t.Fatalf("a valid update during a one-request outage got %s after %d requests, want 204 No Content after 2: a server fault must be a 5xx so the client retries it", status, n)
		}
	})
}
