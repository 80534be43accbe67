package shop

import (
	"context"
	"io"
	"log"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"gopitfalls.dev/sandboxes/internal/prooftest"
)

const (
	member = `{"id":"A-1","email":"ann@example.com","customer":{"name":"Ann","email":"ann@example.com"}}`
	guest  = `{"id":"G-2","email":"guest@example.com"}`
)

// TestBackgroundPanicDoesNotKillServer first shows that net/http survives a
// panic on a handler's goroutine, then places a guest order, whose receipt
// goroutine panics. The server must go on serving.
func TestBackgroundPanicDoesNotKillServer(t *testing.T) {
	mail := &fakeMailer{sent: make(chan string, 10)}
	errs := &errorLog{logged: make(chan string, 10)}
	svc := &Service{Mail: mail, Log: slog.New(errs)}

	var serverLog prooftest.SyncBuffer
	mux := http.NewServeMux()
	mux.HandleFunc("POST /orders", svc.PlaceOrder)
	mux.HandleFunc("POST /receipts/preview", svc.PreviewReceipt)
	ts := httptest.NewUnstartedServer(mux)
	ts.Config.ErrorLog = log.New(&serverLog, "", 0)
	ts.Start()
	defer ts.Close()

	// 1. A panic on the handler's own goroutine: net/http recovers it, logs
	// it and drops the connection. The process lives.
	if _, err := post(ts.URL+"/receipts/preview", guest); err == nil {
		t.Fatalf("preview of a guest receipt: got a response, want the connection dropped by net/http's recover")
	} else {
		t.Logf("preview of a guest receipt: %v", err)
	}
	first, _, _ := strings.Cut(serverLog.String(), "\n")
	t.Logf("server log: %s", first)
	if !strings.HasPrefix(first, "http: panic serving") {
		t.Fatalf(`server log %q, want "http: panic serving ..."`, first)
	}

	// 2. A member's order: 202, and the receipt goes out in the background.
	placeOrder(t, ts.URL, member)
	waitFor(t, "the member's receipt", mail.sent, errs.logged)

	// 3. A guest order: its receipt goroutine panics.
	placeOrder(t, ts.URL, guest)
	waitFor(t, "the guest's receipt", mail.sent, errs.logged)

	// 4. Still serving?
	placeOrder(t, ts.URL, member)
	waitFor(t, "the second member receipt", mail.sent, errs.logged)
	t.Log("the server is still serving")
}

func placeOrder(t *testing.T, url, order string) {
	t.Helper()
	code, err := post(url+"/orders", order)
	if err != nil || code != http.StatusAccepted {
		t.Fatalf("POST /orders: %d %v, want 202", code, err)
	}
}

func post(url, body string) (int, error) {
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, resp.Body)
	return resp.StatusCode, nil
}

// waitFor waits up to 5s for the background work of one order to end: a
// receipt sent, or a failure logged at ERROR level.
func waitFor(t *testing.T, what string, sent, failed <-chan string) {
	t.Helper()
	select {
	case to := <-sent:
		t.Logf("%s: sent to %s", what, to)
	case msg := <-failed:
		t.Logf("%s: logged %s", what, msg)
	case <-time.After(5 * time.Second):
		t.Fatalf("%s: neither sent nor reported after 5s", what)
	}
}

type fakeMailer struct{ sent chan string }

func (m *fakeMailer) Send(to, body string) { m.sent <- to }

// errorLog is a slog.Handler that reports each ERROR record on logged.
type errorLog struct{ logged chan string }

func (h *errorLog) Enabled(_ context.Context, l slog.Level) bool { return l >= slog.LevelError }
func (h *errorLog) WithAttrs([]slog.Attr) slog.Handler           { return h }
func (h *errorLog) WithGroup(string) slog.Handler                { return h }
func (h *errorLog) Handle(_ context.Context, r slog.Record) error {
	msg := "ERROR " + r.Message
	r.Attrs(func(a slog.Attr) bool {
		if a.Key != "stack" {
			msg += " " + a.String()
		}
		return true
	})
	h.logged <- msg
	return nil
}
