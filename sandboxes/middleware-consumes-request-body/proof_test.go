package webhooks

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// TestHandlerGetsTheSignedBody delivers webhooks through the signature
// middleware and checks what reaches the handler.
func TestHandlerGetsTheSignedBody(t *testing.T) {
	secret := []byte("whsec_test")
	var (
		mu   sync.Mutex
		seen []Event
	)
	h := NewHandler(secret, func(e Event) {
		mu.Lock()
		seen = append(seen, e)
		mu.Unlock()
	})

	t.Run("signed event", func(t *testing.T) {
		ts := httptest.NewServer(h)
		defer ts.Close()
		body := []byte(`{"id":"evt_1","type":"invoice.paid"}`)
		req, _ := http.NewRequest(http.MethodPost, ts.URL, bytes.NewReader(body))
		req.Header.Set("X-Signature", Sign(secret, body))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		reply, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		t.Logf("correctly signed delivery: %s %s", resp.Status, strings.TrimSpace(string(reply)))

		mu.Lock()
		defer mu.Unlock()
		if resp.StatusCode != http.StatusNoContent || len(seen) != 1 || seen[0].ID != "evt_1" {
			t.Fatalf("a correctly signed event was answered %s (%s) and the handler got %v: the signature check had already read r.Body to the end, so the handler decoded an empty body",
				resp.Status, strings.TrimSpace(string(reply)), seen)
		}
	})

	t.Run("oversized body", func(t *testing.T) {
		// A correctly signed 2 MiB body: the middleware must refuse it
		// rather than buffer all of it.
		body := []byte(`{"id":"evt_2","type":"` + strings.Repeat("x", 2<<20) + `"}`)
		req := httptest.NewRequest(http.MethodPost, "/", bytes.NewReader(body))
		req.Header.Set("X-Signature", Sign(secret, body))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		t.Logf("2 MiB delivery: %d %s", rec.Code, strings.TrimSpace(rec.Body.String()))
		if rec.Code != http.StatusRequestEntityTooLarge {
			t.Errorf("a 2 MiB body got %d, want 413 Request Entity Too Large: the middleware buffers whatever it is sent", rec.Code)
		} else if got := rec.Body.String(); got != "body too large\n" {
			t.Errorf("a 2 MiB body got 413 with the body %q, want %q alone: the middleware went on writing after it refused the body", got, "body too large\n")
		}
	})
}
