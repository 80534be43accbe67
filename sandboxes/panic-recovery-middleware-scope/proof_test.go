package api

import (
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"regexp"
	"runtime"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"

	"gopitfalls.dev/sandboxes/internal/prooftest"
)

// TestPanicInMiddlewareBecomes500 sends a malformed Authorization header,
// which makes bearerAuth panic. Recovery must turn that into a 500, and the
// access log must still record the request.
func TestPanicInMiddlewareBecomes500(t *testing.T) {
	gin.SetMode(gin.TestMode)
	var recoveryLog, access, serverLog prooftest.SyncBuffer
	gin.DefaultErrorWriter = &recoveryLog // where gin.Recovery() writes
	// Build the router on one P: a goroutine NewRouter starts cannot run
	// before it returns, so middleware registered from one (or deferred to
	// after the routes) is missing from the chain every time, not in some runs.
	procs := runtime.GOMAXPROCS(1)
	r := NewRouter(&access, map[string]string{"s3cret": "ann"})
	runtime.GOMAXPROCS(procs)
	ts := httptest.NewUnstartedServer(r)
	ts.Config.ErrorLog = log.New(&serverLog, "", 0)
	ts.Start()
	defer ts.Close()

	for _, tc := range []struct {
		auth string
		want int
	}{
		{"Bearer s3cret", http.StatusOK},
		{"", http.StatusUnauthorized},
	} {
		if code, err := get(ts.URL, tc.auth); err != nil || code != tc.want {
			t.Fatalf("Authorization %q: %d %v, want %d", tc.auth, code, err, tc.want)
		}
	}

	// The client forgot the "Bearer " prefix.
	code, err := get(ts.URL, "s3cret")
	t.Logf("Authorization %q: status %d, err %v", "s3cret", code, err)
	logHead(t, "gin.Recovery log", &recoveryLog, 2)
	logHead(t, "net/http server log", &serverLog, 1)
	t.Logf("access log:\n%s", strings.TrimSpace(access.String()))
	if err != nil {
		t.Errorf("malformed Authorization header: the client got %v instead of a 500: the panic escaped gin.Recovery", err)
	} else if code != http.StatusInternalServerError {
		t.Errorf("malformed Authorization header: status %d, want 500", code)
	}
	if !strings.Contains(access.String(), "GET /orders 500") {
		t.Errorf("the access log has no line for the request that panicked")
	}
}

func get(url, auth string) (int, error) {
	req, _ := http.NewRequest(http.MethodGet, url+"/orders", nil)
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, resp.Body)
	return resp.StatusCode, nil
}

// Colour codes and timestamps, which change from run to run.
var noise = regexp.MustCompile(`\x1b\[[0-9;]*m|\d{4}/\d{2}/\d{2}( -)? \d{2}:\d{2}:\d{2} ?`)

// logHead logs the first n lines of a log that goes on with a stack trace.
func logHead(t *testing.T, name string, b *prooftest.SyncBuffer, n int) {
	t.Helper()
	var head []string
	for _, line := range strings.Split(noise.ReplaceAllString(b.String(), ""), "\n") {
		if line = strings.TrimSpace(line); line != "" && len(head) < n {
			head = append(head, line)
		}
	}
	if len(head) == 0 {
		head = []string{"(empty)"}
	}
	t.Logf("%s: %s", name, strings.Join(head, " / "))
}
