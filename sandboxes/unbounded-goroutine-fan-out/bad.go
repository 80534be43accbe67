//go:build bad

package stock

import (
	"context"
	"errors"
	"sync"
)

// #region main
// Levels returns the stock level of every SKU in the basket, in order.
func (c *Checker) Levels(ctx context.Context, skus []string) ([]int, error) {
	levels := make([]int, len(skus))
	errs := make([]error, len(skus))
	var wg sync.WaitGroup
	for i, sku := range skus {
		wg.Go(func() { // [!bug] [!note] one goroutine, and one inventory call in flight, per SKU: a 5,000-item basket makes 5,000 calls at once
			levels[i], errs[i] = c.Lookup(ctx, sku)
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return levels, nil
}

// #endregion
