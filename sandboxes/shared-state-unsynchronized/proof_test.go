package search

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"sync"
	"testing"
	"time"
)

// Four clients keep requesting the search page while the operator reloads
// the config 100 times. Each client stops once it has seen the last config.
// First, one request at a time: a reload takes effect as soon as Reload
// returns, and a request is counted and its page written by the time
// ServeHTTP returns.
func TestReloadWhileServing(t *testing.T) {
	const clients, reloads = 4, 100
	config := func(v int) Config { return Config{Banner: fmt.Sprintf("config v%d", v), MaxResults: 10 * v} }
	page := func(c Config) string { return fmt.Sprintf("%s\nshowing up to %d results\n", c.Banner, c.MaxResults) }

	func() {
		// One P: nothing Reload or ServeHTTP left to another goroutine can
		// run before the checks below.
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
		s := NewServer(config(1))
		for v := 1; v <= 3; v++ {
			if v > 1 {
				s.Reload(config(v))
			}
			w := httptest.NewRecorder()
			s.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/search?q=go", nil))
			if body, want := w.Body.String(), page(config(v)); body != want {
				t.Fatalf("request after reload %d got %q, want %q", v, body, want)
			}
			if got := s.Served(); got != int64(v) {
				t.Fatalf("Served() = %d after %d requests, one at a time", got, v)
			}
		}
	}()
	valid := make(map[string]bool)
	for v := 1; v <= reloads; v++ {
		valid[page(config(v))] = true
	}
	last := page(config(reloads))

	s := NewServer(config(1))
	deadline := time.Now().Add(5 * time.Second)
	sent := make([]int64, clients)
	var wg sync.WaitGroup
	for i := range clients {
		wg.Go(func() {
			req := httptest.NewRequest(http.MethodGet, "/search?q=go", nil)
			for {
				w := httptest.NewRecorder()
				s.ServeHTTP(w, req)
				sent[i]++
				body := w.Body.String()
				if !valid[body] {
					t.Errorf("client %d got %q: a mix of two configs", i, body)
				}
				if body == last {
					return
				}
				if time.Now().After(deadline) {
					t.Errorf("client %d never saw the last config within 5s", i)
					return
				}
			}
		})
	}
	for v := 2; v <= reloads; v++ {
		s.Reload(config(v))
	}
	wg.Wait()

	var total int64
	for _, n := range sent {
		total += n
	}
	if got := s.Served(); got != total {
		t.Errorf("Served() = %d, but the clients sent %d requests: increments were lost", got, total)
	}
}
