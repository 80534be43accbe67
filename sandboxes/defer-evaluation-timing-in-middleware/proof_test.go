package accesslog

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

const handlerTime = 100 * time.Millisecond

// TestAccessLogRecordsTheOutcome serves one slow request that ends in 404 and
// reads the access log line the middleware wrote for it.
func TestAccessLogRecordsTheOutcome(t *testing.T) {
	var logs bytes.Buffer
	lookup := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(handlerTime) // a slow database lookup that finds nothing
		http.NotFound(w, r)
	})
	h := Middleware(slog.New(slog.NewJSONHandler(&logs, nil)), lookup)

	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/orders/42", nil))

	var line struct {
		Status   int           `json:"status"`
		Duration time.Duration `json:"duration"` // slog's JSON handler writes nanoseconds
	}
	if err := json.Unmarshal(logs.Bytes(), &line); err != nil {
		t.Fatalf("reading the access log line %q: %v", logs.String(), err)
	}
	t.Logf("client got %d; access log: status=%d duration=%v", rec.Code, line.Status, line.Duration)

	if line.Status != rec.Code {
		t.Errorf("access log recorded status %d for a request answered %d: the deferred call's arguments were evaluated when the defer statement ran, before the handler wrote anything", line.Status, rec.Code)
	}
	if line.Duration < handlerTime {
		t.Errorf("access log recorded duration %v for a handler that took at least %v: time.Since ran at the defer statement, not when the handler returned", line.Duration, handlerTime)
	}
}
