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
		wg.Go(func() { // [!bug] [!note] starts a goroutine for every SKU straight away, each calling the inventory service; nothing waits for a free slot
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
