package hits

import (
	"net/http"
	"net/http/httptest"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// recoverer is the usual panic-recovery middleware: it turns a panic in a
// handler into a 500 so that one bad request cannot take the server down.
func recoverer(recovered *atomic.Int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				recovered.Add(1)
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// Eight clients send requests for one second, all at the same time, the way
// net/http serves them: one goroutine per connection. Every request must be
// counted, and the process must survive.
func TestConcurrentRequestsAreCounted(t *testing.T) {
	// A server runs its handlers on several cores; make sure this test does too.
	if procs := runtime.GOMAXPROCS(0); procs < 2 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	}

	const clients = 8
	paths := []string{"/", "/login", "/cart", "/checkout"}
	counter := NewCounter()
	var recovered atomic.Int64
	ok := http.HandlerFunc(func(http.ResponseWriter, *http.Request) {})
	h := recoverer(&recovered, counter.Middleware(ok))

	start := make(chan struct{})
	var stop atomic.Bool
	sent := make([]int, clients) // requests sent by each client
	var wg sync.WaitGroup
	for i := range clients {
		wg.Go(func() {
			req := httptest.NewRequest(http.MethodGet, paths[i%len(paths)], nil)
			w := httptest.NewRecorder()
			<-start
			for !stop.Load() {
				h.ServeHTTP(w, req)
				sent[i]++
			}
		})
	}
	close(start)
	time.Sleep(time.Second)
	stop.Store(true)
	wg.Wait()

	if n := recovered.Load(); n != 0 {
		t.Errorf("recovered %d panics, want none", n)
	}
	want := make(map[string]int)
	for i, n := range sent {
		want[paths[i%len(paths)]] += n
	}
	for _, p := range paths {
		if got := counter.Count(p); got != want[p] {
			t.Errorf("Count(%q) = %d, want %d", p, got, want[p])
		}
	}
}
