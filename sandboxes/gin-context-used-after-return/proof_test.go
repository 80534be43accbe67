package ginctx

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/gin-gonic/gin"
)

type notice struct{ user, orderID, label string }

// TestBackgroundWorkSeesItsOwnRequest ships several orders one after another.
// Each handler leaves a goroutine blocked in CreateLabel; the test lets one of
// them continue just before the next request is served, so background work and
// the next request run side by side, as they do on a busy server.
func TestBackgroundWorkSeesItsOwnRequest(t *testing.T) {
	gin.SetMode(gin.TestMode)
	const orders = 20

	gate := make(chan struct{}, orders) // one token lets one CreateLabel return
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		notices []notice
	)
	r := NewRouter(Services{
		CreateLabel: func(_ context.Context, orderID string) string {
			<-gate
			return "label-" + orderID
		},
		Notify: func(user, orderID, label string) {
			mu.Lock()
			notices = append(notices, notice{user, orderID, label})
			mu.Unlock()
			wg.Done()
		},
	})

	for i := range orders {
		if i > 0 {
			gate <- struct{}{} // earlier background work resumes while order i is served
		}
		wg.Add(1)
		req := httptest.NewRequest(http.MethodPost, fmt.Sprintf("/orders/%d/ship", i), nil)
		req.Header.Set("X-User", fmt.Sprintf("user-%d", i))
		w := httptest.NewRecorder()
		r.ServeHTTP(w, req)
		if w.Code != http.StatusAccepted {
			t.Fatalf("order %d: status %d, want 202", i, w.Code)
		}
	}
	gate <- struct{}{}

	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
		t.Fatalf("background work still running after 2s")
	}

	for _, n := range notices {
		if n.user != "user-"+n.orderID || n.label != "label-"+n.orderID {
			t.Errorf("notified %q about order %q with label %q: the goroutine read a *gin.Context that was serving another request",
				n.user, n.orderID, n.label)
			break
		}
	}
}
