// Package search keeps the product search index up to date.
package search

import (
	"context"
	"fmt"
	"time"
)

// Reindexer rebuilds the search index in the background.
type Reindexer struct {
	// Index re-reads one product and writes its search document. It stops
	// when ctx is done.
	Index func(ctx context.Context, productID string) error
	// Timeout bounds a whole reindex run.
	Timeout time.Duration
	// Done, if set, is told how each run ended: nil, or why it stopped.
	Done func(err error)
}

// run indexes every product, checking between products whether it should stop.
func (r *Reindexer) run(ctx context.Context, ids []string) {
	err := r.indexAll(ctx, ids)
	if r.Done != nil {
		r.Done(err)
	}
}

func (r *Reindexer) indexAll(ctx context.Context, ids []string) error {
	for n, id := range ids {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("reindex stopped after %d of %d products: %w", n, len(ids), err)
		}
		if err := r.Index(ctx, id); err != nil {
			return fmt.Errorf("product %s: %w", id, err)
		}
	}
	return nil
}
