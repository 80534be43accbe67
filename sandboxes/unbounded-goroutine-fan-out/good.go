//go:build !bad

package stock

import (
	"context"
	"fmt"

	"golang.org/x/sync/errgroup"
)

// #region main
// Levels returns the stock level of every SKU in the basket, in order.
func (c *Checker) Levels(ctx context.Context, skus []string) ([]int, error) {
	levels := make([]int, len(skus))
	g, ctx := errgroup.WithContext(ctx) // [!note] the first error cancels ctx, so lookups that honour it stop early
	g.SetLimit(maxLookups)              // [!fix] [!note] at most maxLookups goroutines at once: g.Go waits for a free slot
	for i, sku := range skus {
		g.Go(func() error {
			n, err := c.Lookup(ctx, sku)
			if err != nil {
				return fmt.Errorf("stock of %s: %w", sku, err)
			}
			levels[i] = n
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return levels, nil
}

// #endregion
