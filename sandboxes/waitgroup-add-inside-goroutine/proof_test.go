package quotes

import (
	"context"
	"fmt"
	"runtime"
	"testing"
	"time"
)

// The proof for this page is go vet's waitgroup analyzer (Go 1.25+). This test
// shows what the fix guarantees: Quotes returns only after every carrier has
// answered. Against bad.go it fails in some runs and passes in others, which
// is exactly why the bug survives code review and CI.
func TestEveryCarrierIsQuoted(t *testing.T) {
	var q Quoter
	for i := range 8 {
		q.Carriers = append(q.Carriers, Carrier{
			Name: fmt.Sprintf("carrier-%d", i),
			Quote: func(ctx context.Context, grams int) (int, error) {
				time.Sleep(10 * time.Millisecond) // a real API takes a while
				return grams/10 + i, nil
			},
		})
	}
	quotes := q.Quotes(context.Background(), 2500)
	for i, c := range q.Carriers {
		if quotes[i].Carrier != c.Name {
			t.Fatalf("quote %d is %+v: Quotes returned before %s answered", i, quotes[i], c.Name)
		}
	}
}

// TestQuotesWaitForEveryCarrier is the behaviour test proof.yaml names: the
// good variant must pass it (under -race), so a fix that quiets go vet but
// still lets Quotes return early fails. With one P the caller's loop reaches
// Wait before any goroutine it started has run, so code that adds to the
// WaitGroup from inside those goroutines (or not at all) returns before the
// carriers answer, every time rather than in some runs.
func TestQuotesWaitForEveryCarrier(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var q Quoter
	for i := range 8 {
		q.Carriers = append(q.Carriers, Carrier{
			Name:  fmt.Sprintf("carrier-%d", i),
			Quote: func(ctx context.Context, grams int) (int, error) { return grams/10 + i, nil },
		})
	}
	quotes := q.Quotes(context.Background(), 2500)
	for i, c := range q.Carriers {
		if quotes[i].Carrier != c.Name || quotes[i].Cents != 250+i {
			t.Fatalf("quote %d is %+v when Quotes returned: it did not wait for %s", i, quotes[i], c.Name)
		}
	}
}
