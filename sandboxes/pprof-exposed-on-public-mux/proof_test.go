package server

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"
)

// serve starts srv, exactly as configured, on a free loopback port.
func serve(t *testing.T, srv *http.Server) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx)
		if err := <-done; !errors.Is(err, http.ErrServerClosed) {
			t.Errorf("Serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestProfilerIsNotPublic starts both servers and probes the public one the
// way a scanner would.
func TestProfilerIsNotPublic(t *testing.T) {
	api := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "[]\n")
	})
	// Build the servers on one P and ask the admin handler for the profiler
	// before anything blocks: a goroutine NewServers starts cannot have run
	// yet, so a route registered from one is missing every time.
	procs := runtime.GOMAXPROCS(1)
	public, admin := NewServers(api)
	adminHandler := admin.Handler
	if adminHandler == nil {
		adminHandler = http.DefaultServeMux // what a Server with no Handler serves
	}
	rec := httptest.NewRecorder()
	adminHandler.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/debug/pprof/", nil))
	runtime.GOMAXPROCS(procs)
	pub, adm := serve(t, public), serve(t, admin)

	if code, _ := get(t, pub+"/api/orders"); code != http.StatusOK {
		t.Fatalf("GET /api/orders on the public server: %d, want 200", code)
	}
	for _, path := range []string{"/debug/pprof/", "/debug/pprof/cmdline", "/debug/pprof/goroutine?debug=2"} {
		code, body := get(t, pub+path)
		first, _, _ := strings.Cut(strings.TrimSpace(body), "\n")
		first = strings.ReplaceAll(first, "\x00", " ") // cmdline separates the arguments with NUL bytes
		t.Logf("public GET %s: %d %.240s", path, code, first)
		if code != http.StatusNotFound {
			t.Errorf("GET %s on the public port answered %d with %d bytes: anyone who can reach the API can read the profiler", path, code, len(body))
		}
	}

	if code, _ := get(t, adm+"/debug/pprof/"); code != http.StatusOK {
		t.Errorf("GET /debug/pprof/ on the admin server: %d, want 200: the profiler should still be there for operators", code)
	}
	if rec.Code != http.StatusOK {
		t.Errorf("GET /debug/pprof/ on the admin handler as NewServers returned it: %d, want 200: the profiler must be registered before the servers are handed out", rec.Code)
	}
	host, _, err := net.SplitHostPort(admin.Addr)
	if ip := net.ParseIP(host); err != nil || ip == nil || !ip.IsLoopback() {
		t.Errorf("the admin server listens on %q: want a loopback address such as 127.0.0.1:6060", admin.Addr)
	}
}
