package stock

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"testing"
	"testing/synctest"
)

// One request for a basket of 200 items. Every inventory call blocks until the
// test lets it go, so the calls that have started are all still in flight
// when the test counts them. synctest.Wait returns only once every goroutine
// in the bubble is blocked: the lookups waiting to be released, and Levels
// either waiting for them or, when it limits itself, for a free slot. So the
// count is exactly how many calls one request can have open at once. One P
// makes the order fixed as well: Levels runs until it blocks, so a limit set
// by a goroutine it started takes effect only after its loop.
func TestOneRequestBoundsItsLookups(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	synctest.Test(t, func(t *testing.T) {
		const items = 200
		skus := make([]string, items)
		for i := range skus {
			skus[i] = fmt.Sprintf("sku-%03d", i)
		}

		var (
			mu             sync.Mutex
			inFlight, peak int
		)
		release := make(chan struct{})
		c := &Checker{Lookup: func(ctx context.Context, sku string) (int, error) {
			mu.Lock()
			inFlight++
			peak = max(peak, inFlight)
			mu.Unlock()

			<-release // the inventory service is slow today

			mu.Lock()
			inFlight--
			mu.Unlock()
			return len(sku), nil
		}}

		type result struct {
			levels []int
			err    error
		}
		done := make(chan result)
		go func() {
			levels, err := c.Levels(context.Background(), skus)
			done <- result{levels, err}
		}()

		synctest.Wait() // everything that can start has started and is blocked
		mu.Lock()
		open := inFlight
		mu.Unlock()
		close(release)
		r := <-done

		if r.err != nil {
			t.Fatalf("Levels: %v", r.err)
		}
		if len(r.levels) != items || r.levels[items-1] != len("sku-199") {
			t.Fatalf("Levels returned %d levels, want %d", len(r.levels), items)
		}
		if open > maxLookups || peak > maxLookups {
			t.Fatalf("one request for %d items had %d inventory calls in flight at once (peak %d); want at most %d",
				items, open, peak, maxLookups)
		}
		t.Logf("at most %d inventory calls in flight for %d items", peak, items)
	})
}
