package geo

import (
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Eight requests arrive together just after start-up, before the database is
// loaded. Loading takes a while: the first load finishes only once a second
// request has started one too, or after 2s. The database must be loaded once.
func TestDatabaseIsLoadedOnce(t *testing.T) {
	var loads atomic.Int32
	second := make(chan struct{})
	real := open
	open = func() *DB {
		switch loads.Add(1) {
		case 1:
			select {
			case <-second:
			case <-time.After(2 * time.Second):
			}
		case 2:
			close(second)
		}
		return real()
	}
	defer func() { open = real }()

	const requests = 8
	start := make(chan struct{})
	var wg sync.WaitGroup
	for range requests {
		wg.Go(func() {
			req := httptest.NewRequest(http.MethodGet, "/country", nil)
			req.RemoteAddr = "192.0.2.7:51234"
			w := httptest.NewRecorder()
			<-start
			CountryHandler(w, req)
			if got := w.Body.String(); got != "NL\n" {
				t.Errorf("country = %q, want NL", got)
			}
		})
	}
	close(start)
	wg.Wait()

	if n := loads.Load(); n != 1 {
		t.Fatalf("the database was loaded %d times by %d concurrent requests, want once", n, requests)
	}
}
