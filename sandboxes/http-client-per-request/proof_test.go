package inventory

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// inventoryServer is a stand-in for the inventory service that counts the
// TCP connections it accepts. With a barrier set, it holds each request
// until that many are in flight at once.
type inventoryServer struct {
	*httptest.Server
	opened, open atomic.Int32

	mu      sync.Mutex
	arrived int
	want    int
	all     chan struct{} // closed when want requests are in flight
}

func newInventoryServer(t *testing.T) *inventoryServer {
	s := &inventoryServer{}
	s.Server = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		all := s.all
		if all != nil {
			if s.arrived++; s.arrived == s.want {
				close(all)
			}
		}
		s.mu.Unlock()
		if all != nil {
			select {
			case <-all:
			case <-time.After(5 * time.Second):
				http.Error(w, "the other requests of the burst never arrived", http.StatusServiceUnavailable)
				return
			}
		}
		io.WriteString(w, `{"available": 12}`)
	}))
	s.Config.ConnState = func(_ net.Conn, st http.ConnState) {
		switch st {
		case http.StateNew:
			s.opened.Add(1)
			s.open.Add(1)
		case http.StateClosed, http.StateHijacked:
			s.open.Add(-1)
		}
	}
	s.Start()
	t.Cleanup(func() {
		s.CloseClientConnections() // the bad variant's abandoned pools never close theirs
		s.Close()
	})
	return s
}

// barrier makes the next n requests wait for each other.
func (s *inventoryServer) barrier(n int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.arrived, s.want, s.all = 0, n, make(chan struct{})
}

// burst makes n calls at the same time and waits for all of them.
func burst(t *testing.T, c *Client, n int) {
	t.Helper()
	errs := make(chan error, n)
	for i := range n {
		go func() {
			got, err := c.Stock(context.Background(), fmt.Sprintf("SKU-%d", i))
			if err == nil && got != 12 {
				err = fmt.Errorf("Stock = %d, want 12", got)
			}
			errs <- err
		}()
	}
	for range n {
		if err := <-errs; err != nil {
			t.Fatalf("Stock: %v", err)
		}
	}
}

func TestConnectionsAreReused(t *testing.T) {
	t.Run("one call after another", func(t *testing.T) {
		srv := newInventoryServer(t)
		c := NewClient(srv.URL)
		const calls = 20
		for i := range calls {
			if _, err := c.Stock(context.Background(), fmt.Sprintf("SKU-%d", i)); err != nil {
				t.Fatalf("call %d: %v", i, err)
			}
		}
		opened := srv.opened.Load()
		t.Logf("%d calls, one after another: TCP connections opened: %d, still open: %d", calls, opened, srv.open.Load())
		if opened > 1 {
			t.Errorf("%d sequential calls opened %d TCP connections: each call dialled a new one instead of reusing the last", calls, opened)
		}
	})

	t.Run("bursts of concurrent calls", func(t *testing.T) {
		srv := newInventoryServer(t)
		c := NewClient(srv.URL)
		const inFlight = 8 // a product page asks for 8 products at once
		srv.barrier(inFlight)
		burst(t, c, inFlight) // needs 8 connections: they are all busy at the same time
		first := srv.opened.Load()
		srv.barrier(inFlight)
		burst(t, c, inFlight) // the same again: the 8 connections could all be reused
		second := srv.opened.Load() - first
		t.Logf("two bursts of %d concurrent calls: %d connections opened for the first, %d new ones for the second", inFlight, first, second)
		if second > 0 {
			t.Errorf("the second burst of %d concurrent calls opened %d new TCP connections: only %d of the first burst's connections were kept for reuse", inFlight, second, inFlight-int(second))
		}
	})
}
