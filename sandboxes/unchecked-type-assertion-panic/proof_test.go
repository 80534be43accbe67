package payments

import (
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"gopitfalls.dev/sandboxes/internal/prooftest"
)

type ledger struct {
	mu      sync.Mutex
	credits map[string]int64
}

func (l *ledger) Credit(id string, cents int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.credits[id] += cents
}

// The provider sends one well-formed event, then one whose amount is a string.
// The first must be credited; the second must be refused with 400, which tells
// the sender what is wrong, and leave the service answering.
func TestMalformedWebhookGetsBadRequest(t *testing.T) {
	l := &ledger{credits: map[string]int64{}}
	var errLog prooftest.SyncBuffer
	ts := httptest.NewUnstartedServer(Handler(l))
	ts.Config.ErrorLog = log.New(&errLog, "", 0)
	ts.Start()
	defer ts.Close()

	post := func(body string) (*http.Response, error) {
		return http.Post(ts.URL+"/webhooks/payments", "application/json", strings.NewReader(body))
	}

	resp, err := post(`{"id":"evt_1","type":"payment.succeeded","data":{"amount":12.5}}`)
	if err != nil {
		t.Fatalf("well-formed event: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNoContent || l.credits["evt_1"] != 1250 {
		t.Fatalf("well-formed event: status %d, credited %d cents; want 204 and 1250", resp.StatusCode, l.credits["evt_1"])
	}

	resp, err = post(`{"id":"evt_2","type":"payment.succeeded","data":{"amount":"12.50"}}`)
	if err != nil {
		// net/http recovered the handler's panic, logged it and dropped the connection.
		logged, _, _ := strings.Cut(errLog.String(), "\n")
		t.Fatalf("amount as a string: no response (%v); the server logged: %s", err, logged)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("amount as a string: status %d (%s), want 400", resp.StatusCode, strings.TrimSpace(string(body)))
	}
	t.Logf("amount as a string: %d %s", resp.StatusCode, strings.TrimSpace(string(body)))
}
