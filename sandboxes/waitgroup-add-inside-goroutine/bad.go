//go:build bad

package quotes

import (
	"context"
	"sync"
)

// #region main
// Quotes asks every carrier in parallel and returns one Quote per carrier.
func (q *Quoter) Quotes(ctx context.Context, grams int) []Quote {
	quotes := make([]Quote, len(q.Carriers))
	var wg sync.WaitGroup
	for i, c := range q.Carriers {
		go func() {
			wg.Add(1) // [!bug] [!proof] [!note] counted only once this goroutine runs, which may be after Wait has already seen zero
			defer wg.Done()
			cents, err := c.Quote(ctx, grams)
			quotes[i] = Quote{Carrier: c.Name, Cents: cents, Err: err}
		}()
	}
	wg.Wait() // [!note] with the counter still at 0, Wait returns at once and the caller gets empty quotes
	return quotes
}

// #endregion
