package search

import (
	"context"
	"testing"
	"time"
)

// Start must return at once and leave a run that indexes every product.
// The first product is slow: it finishes only after Start has returned.
func TestReindexFinishesAfterStartReturns(t *testing.T) {
	release := make(chan struct{})
	result := make(chan error, 1)
	released := make(chan struct{}) // closed once the run's context is cancelled
	var indexed []string            // written by the run's goroutine, read after result
	r := &Reindexer{
		Timeout: time.Minute,
		Index: func(ctx context.Context, id string) error {
			if id == "p1" {
				context.AfterFunc(ctx, func() { close(released) })
				<-release // still working on it when Start returns
			}
			indexed = append(indexed, id)
			return nil
		},
		Done: func(err error) { result <- err },
	}

	returned := make(chan struct{})
	go func() {
		r.Start([]string{"p1", "p2", "p3"})
		close(returned)
	}()
	select {
	case <-returned:
	case <-time.After(5 * time.Second):
		t.Fatalf("Start did not return within 5s: it runs the reindex itself instead of in the background")
	}
	close(release) // Start has returned: let the first product finish

	select {
	case err := <-result:
		if err != nil {
			t.Fatalf("the background reindex failed: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("the background reindex did not finish within 5s")
	}
	if len(indexed) != 3 {
		t.Fatalf("indexed %v, want all of p1, p2, p3", indexed)
	}
	t.Logf("indexed %v after Start had returned", indexed)

	// Once its work is done the run cancels its context, which stops the
	// timer and releases what the context holds, instead of leaving them
	// until Timeout.
	select {
	case <-released:
	case <-time.After(5 * time.Second):
		t.Fatalf("the run finished, but 5s later its context was still live: nothing cancelled it, so its %v timer stays armed", r.Timeout)
	}
}
