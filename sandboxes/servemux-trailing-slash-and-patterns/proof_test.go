package orders

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// TestRoutesKeepMethodAndPath calls the orders API the way a Go client does,
// following redirects with http.Client's default policy.
func TestRoutesKeepMethodAndPath(t *testing.T) {
	t.Run("create", func(t *testing.T) {
		store := NewStore()
		ts := httptest.NewServer(NewMux(store))
		defer ts.Close()

		var hops []string
		client := &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
			prev := via[len(via)-1]
			hops = append(hops, fmt.Sprintf("%s %s got %s and was re-sent as %s %s",
				prev.Method, prev.URL.Path, req.Response.Status, req.Method, req.URL.Path))
			return nil // what the default policy does, up to 10 hops
		}}

		resp, err := client.Post(ts.URL+"/api/orders", "application/json", strings.NewReader(`{"item":"espresso machine"}`))
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		t.Logf("POST /api/orders: %s %s", resp.Status, strings.TrimSpace(string(body)))

		if n := len(store.Orders()); resp.StatusCode != http.StatusCreated || n != 1 {
			why := ""
			if len(hops) > 0 {
				why = "; the client followed a redirect: " + strings.Join(hops, "; ") + ", and a redirected POST loses its body"
			}
			t.Fatalf("POST /api/orders answered %s and stored %d orders, want 201 Created and 1 order%s", resp.Status, n, why)
		}
	})

	t.Run("unsupported method", func(t *testing.T) {
		store := NewStore(Order{ID: 7, Item: "grinder"})
		var serverLog lockedBuffer
		ts := httptest.NewUnstartedServer(NewMux(store))
		ts.Config.ErrorLog = log.New(&serverLog, "", 0)
		ts.Start()
		defer ts.Close()

		code, allow, body := do(t, http.MethodDelete, ts.URL+"/api/orders/7")
		t.Logf("DELETE /api/orders/7: %d %s (Allow: %q) %q", code, http.StatusText(code), allow, body)
		if code != http.StatusMethodNotAllowed {
			t.Errorf("DELETE /api/orders/7 answered %d %s, want 405 Method Not Allowed: the API has no delete, yet the client was told it succeeded", code, http.StatusText(code))
		} else if allow != "GET, HEAD" || body != "Method Not Allowed\n" {
			t.Errorf("DELETE /api/orders/7 answered 405 with Allow %q and body %q, want Allow \"GET, HEAD\" and the error message alone: the handler went on after refusing the method", allow, body)
		}
		// The server logs a second WriteHeader while the handler is still
		// running, so the log is complete once the response has arrived.
		if l := serverLog.String(); strings.Contains(l, "superfluous") {
			t.Errorf("the handler wrote a second response after the 405; server log: %s", strings.TrimSpace(l))
		}
	})

	t.Run("deeper path", func(t *testing.T) {
		ts := httptest.NewServer(NewMux(NewStore(Order{ID: 7, Item: "grinder"})))
		defer ts.Close()

		for _, method := range []string{http.MethodGet, http.MethodDelete} {
			code, _, body := do(t, method, ts.URL+"/api/orders/7/cancel")
			t.Logf("%s /api/orders/7/cancel: %d %q", method, code, body)
			if code != http.StatusNotFound {
				t.Errorf("%s /api/orders/7/cancel answered %d, want 404: the API has no such path, whatever the method", method, code)
			}
		}
	})

	t.Run("registered when NewMux returns", func(t *testing.T) {
		// With one P, a goroutine NewMux starts cannot run before the checks
		// below, so a route registered from one is missing every time, not in
		// some runs: requests that arrive first would be redirected.
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
		mux := NewMux(NewStore())
		for path, want := range map[string]string{"/api/orders": "/api/orders", "/api/orders/7": "/api/orders/"} {
			if _, pattern := mux.Handler(httptest.NewRequest(http.MethodGet, path, nil)); pattern != want {
				t.Errorf("when NewMux returned, GET %s matched the pattern %q, want %q", path, pattern, want)
			}
		}
	})
}

// do sends one request and returns the status, the Allow header and the body.
func do(t *testing.T, method, url string) (int, string, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, resp.Header.Get("Allow"), string(body)
}

// lockedBuffer is a log destination the server's goroutines and the test can
// share.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}
