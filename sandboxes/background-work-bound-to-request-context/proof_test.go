package signup

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"gopitfalls.dev/sandboxes/internal/prooftest"
)

// provider stands in for the mail provider's API, as the Mailer's transport.
// It answers once the test releases it and, like http.Transport, fails a
// request whose context is already done.
type provider struct {
	release chan struct{}
	mu      sync.Mutex
	ids     []string // X-Request-ID of every email accepted
}

func (p *provider) RoundTrip(req *http.Request) (*http.Response, error) {
	select {
	case <-p.release:
	case <-req.Context().Done():
	}
	if err := req.Context().Err(); err != nil {
		return nil, err
	}
	p.mu.Lock()
	p.ids = append(p.ids, req.Header.Get("X-Request-ID"))
	p.mu.Unlock()
	return &http.Response{StatusCode: http.StatusAccepted, Status: "202 Accepted", Header: http.Header{}, Body: http.NoBody, Request: req}, nil
}

type accounts struct{}

func (accounts) Create(context.Context, string) error { return nil }

// dropTime leaves the timestamp out of log lines, so the output is the same every run.
func dropTime(groups []string, a slog.Attr) slog.Attr {
	if a.Key == slog.TimeKey && len(groups) == 0 {
		return slog.Attr{}
	}
	return a
}

// One signup through a real net/http server; the mail provider answers only
// after the handler has returned, as a slow provider does.
func TestWelcomeEmailIsSent(t *testing.T) {
	mail := &provider{release: make(chan struct{})}
	var logs prooftest.SyncBuffer
	s := &Service{
		Accounts:    accounts{},
		Mail:        &Mailer{URL: "https://mail.example/v1/send", Client: &http.Client{Transport: mail}},
		Log:         slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{ReplaceAttr: dropTime})),
		MailTimeout: 10 * time.Second,
	}
	api := httptest.NewServer(WithRequestID(http.HandlerFunc(s.Signup)))

	req, _ := http.NewRequest(http.MethodPost, api.URL+"/signup", strings.NewReader(`{"email":"ana@example.com"}`))
	req.Header.Set("X-Request-ID", "req-42")
	resp, err := api.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("POST /signup: %s, want 201 Created", resp.Status)
	}

	// Close returns once every handler has returned, so net/http has
	// cancelled the request's context by now. Then the provider answers.
	api.Close()
	close(mail.release)

	// Wait for the background work, as the service does at shutdown.
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.Drain(ctx); err != nil {
		t.Fatalf("after 5s: %v", err)
	}

	if out := logs.String(); strings.Contains(out, "welcome email failed") {
		t.Fatalf("welcome email was not sent; the service logged: %s", strings.TrimSpace(out))
	}
	mail.mu.Lock()
	defer mail.mu.Unlock()
	if len(mail.ids) != 1 || mail.ids[0] != "req-42" {
		t.Fatalf("the provider accepted emails with request IDs %q, want one with %q", mail.ids, "req-42")
	}
	t.Logf("the welcome email went out after the response, carrying request ID %s", mail.ids[0])
}
