package notify

import (
	"context"
	"sort"
	"strings"
	"sync"
	"testing"
)

// gate is a Limiter that holds every caller until `want` of them are waiting,
// then lets them all through: a burst of sends that the mail API paces. Once
// the last goroutine has reached it, the loop in NotifyAll has started every
// goroutine, so each send reads whatever its goroutine captured.
type gate struct {
	mu      sync.Mutex
	want    int
	waiting int
	open    chan struct{}
}

func (g *gate) Wait(ctx context.Context) error {
	g.mu.Lock()
	g.waiting++
	if g.waiting == g.want {
		close(g.open)
	}
	g.mu.Unlock()
	select {
	case <-g.open:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func TestEveryUserGetsOneEmail(t *testing.T) {
	users := []User{
		{"order-1001", "ana@example.com"},
		{"order-1002", "bo@example.com"},
		{"order-1003", "chen@example.com"},
		{"order-1004", "dara@example.com"},
		{"order-1005", "eli@example.com"},
	}
	var (
		mu   sync.Mutex
		sent []string
	)
	n := &Notifier{
		Limiter: &gate{want: len(users), open: make(chan struct{})},
		Send: func(ctx context.Context, email, text string) error {
			mu.Lock()
			sent = append(sent, email)
			mu.Unlock()
			return nil
		},
	}
	if failed := n.NotifyAll(context.Background(), users); failed != 0 {
		t.Fatalf("%d emails failed", failed)
	}

	sort.Strings(sent)
	var want []string
	for _, u := range users {
		want = append(want, u.Email)
	}
	if got, exp := strings.Join(sent, " "), strings.Join(want, " "); got != exp {
		t.Fatalf("sent %d emails to [%s]; want one to each of [%s]", len(sent), got, exp)
	}
}
