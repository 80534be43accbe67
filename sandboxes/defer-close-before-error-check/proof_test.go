package profiles

import (
	"context"
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
}
