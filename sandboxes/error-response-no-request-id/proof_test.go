package orders

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
)

// logLine is the part of a slog JSON record the proof reads.
type logLine struct {
	Level     string `json:"level"`
	Msg       string `json:"msg"`
	RequestID string `json:"request_id"`
	Err       string `json:"err"`
}

func newService(logs *bytes.Buffer) *Service {
	return &Service{
		Logger: slog.New(slog.NewJSONHandler(logs, nil)),
		Lookup: func(ctx context.Context, id string) (Order, error) {
			return Order{}, errors.New("dial tcp 10.0.3.7:5432: connect: connection refused")
		},
	}
}

// TestErrorResponseLeadsToItsLogLine asks for an order while the database is
// down, then does what support does with a customer's report: take the ID from
// the error response and look for the log line with that ID.
func TestErrorResponseLeadsToItsLogLine(t *testing.T) {
	// One P, and nothing below blocks: a goroutine the handler starts cannot
	// run before the checks, so a header set from one is missing every time.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var logs bytes.Buffer
	h := newService(&logs).Handler()

	// Other requests fail at the same time, as they do in an outage.
	for range 3 {
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/orders/7", nil))
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/orders/42", nil))
	body := strings.TrimSpace(rec.Body.String())
	// The headers as they were when the status was written, which is what a
	// client receives; one set later never reaches it.
	sent := rec.Result().Header
	t.Logf("client got %d, X-Request-ID %q, Content-Type %q, body %s", rec.Code, sent.Get("X-Request-ID"), sent.Get("Content-Type"), body)

	if rec.Code != http.StatusInternalServerError {
		t.Fatalf("status %d, want 500", rec.Code)
	}
	if strings.Contains(body, "10.0.3.7") {
		t.Errorf("the error body shows the client an internal address: %s", body)
	}
	id := sent.Get("X-Request-ID")
	if id == "" {
		t.Fatalf("the 500 response carries no request ID: nothing in it tells support which of the %d logged failures is this one", strings.Count(logs.String(), "\n"))
	}

	var p struct {
		Status    int    `json:"status"`
		RequestID string `json:"request_id"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &p); err != nil || p.Status != rec.Code || p.RequestID != id {
		t.Errorf("the error body is not a JSON problem with status %d and request_id %q: %s", rec.Code, id, body)
	}

	var found *logLine
	for _, raw := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
		var l logLine
		if json.Unmarshal([]byte(raw), &l) == nil && l.RequestID == id && l.Level == "ERROR" {
			found = &l
		}
	}
	if found == nil {
		t.Fatalf("no ERROR log line has request_id %q:\n%s", id, logs.String())
	}
	t.Logf("log line for %s: %s: %s", id, found.Msg, found.Err)
}

// TestUpstreamRequestIDIsKept checks the fix keeps a gateway's ID and refuses
// one that is not a plain short token. It is not part of the proof.
func TestUpstreamRequestIDIsKept(t *testing.T) {
	var logs bytes.Buffer
	h := newService(&logs).Handler()
	for in, keep := range map[string]bool{
		"gw-7f3a9c":                true,
		"x\"} {\"level\":\"INFO\"": false,
		strings.Repeat("a", 500):   false,
	} {
		req := httptest.NewRequest(http.MethodGet, "/orders/42", nil)
		req.Header.Set("X-Request-ID", in)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if got := rec.Header().Get("X-Request-ID"); (got == in) != keep || got == "" {
			t.Errorf("incoming X-Request-ID %.20q: response has %.20q, want kept=%v", in, got, keep)
		}
	}
}
