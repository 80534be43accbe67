package orders

import (
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"gopitfalls.dev/sandboxes/internal/prooftest"
)

// TestRejectedOrderIsNotSaved posts an order with quantity 0 to a real server:
// it must be answered with 400 and the error alone, and nothing may be saved.
func TestRejectedOrderIsNotSaved(t *testing.T) {
	store := &Store{}
	api := &API{Store: store}
	var serverLog prooftest.SyncBuffer
	ts := httptest.NewUnstartedServer(http.HandlerFunc(api.CreateOrder))
	ts.Config.ErrorLog = log.New(&serverLog, "", 0)
	ts.Start()
	defer ts.Close()

	code, ctype, body := post(t, ts.URL, `{"sku":"mug","quantity":0}`)
	t.Logf("quantity 0: %d, Content-Type %q, body %q", code, ctype, body)
	if l := strings.TrimSpace(serverLog.String()); l != "" {
		t.Logf("server log: %s", l)
	}
	if n := store.Len(); n != 0 {
		t.Errorf("the rejected order was saved anyway: the store holds %d order(s), want 0", n)
	}
	if code != http.StatusBadRequest || body != "quantity must be at least 1\n" {
		t.Errorf("got %d with body %q, want 400 with only the error message", code, body)
	}

	// A valid order still goes through.
	before := store.Len()
	code, _, body = post(t, ts.URL, `{"sku":"mug","quantity":2}`)
	if code != http.StatusCreated || store.Len() != before+1 {
		t.Errorf("valid order: %d %q, %d order(s) saved, want 201 and one more saved", code, body, store.Len()-before)
	}
}

func post(t *testing.T, url, body string) (int, string, string) {
	t.Helper()
	resp, err := http.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header.Get("Content-Type"), string(b)
}
