//go:build !bad

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
		wg.Go(func() { // [!fix] [!note] Go adds 1 to the counter before it starts the goroutine, so Wait cannot miss it
			cents, err := c.Quote(ctx, grams)
			quotes[i] = Quote{Carrier: c.Name, Cents: cents, Err: err}
		})
	}
	wg.Wait() // [!fix] [!note] returns only after every carrier has answered
	return quotes
}

// #endregion
