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
// counted, and the process must survive. For one more second the handler
// behind the middleware also reads the counter while the other clients keep
// writing, so a read that skips the lock overlaps a write, and a lock still
// held after the increment (or never released) stalls the clients.
func TestConcurrentRequestsAreCounted(t *testing.T) {
	// A server runs its handlers on several cores; make sure this test does too.
	if procs := runtime.GOMAXPROCS(0); procs < 2 {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	}

	const clients = 8
	paths := []string{"/", "/login", "/cart", "/checkout"}
	counter := NewCounter()
	var recovered atomic.Int64
	var reading atomic.Bool // second phase: handlers read the counter too
	var reads atomic.Int64
	ok := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if reading.Load() && counter.Count(r.URL.Path) > 0 {
			reads.Add(1)
		}
	})
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
	reading.Store(true)
	time.Sleep(time.Second)
	stop.Store(true)
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("clients still stuck in the middleware 10s after they were told to stop: the lock is never released")
	}

	if n := recovered.Load(); n != 0 {
		t.Errorf("recovered %d panics, want none", n)
	}
	if reads.Load() == 0 {
		t.Errorf("no handler read a count while the others were writing")
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
