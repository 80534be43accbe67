//go:build bad

package search

import "context"

// #region main
// Start reindexes the given products in the background and returns at once.
// The run gets at most r.Timeout.
func (r *Reindexer) Start(ids []string) {
	ctx, cancel := context.WithTimeout(context.Background(), r.Timeout)
	defer cancel()     // [!bug] [!note] runs when Start returns, which is right after the go statement
	go r.run(ctx, ids) // [!note] the goroutine keeps ctx, which is cancelled a moment later
}

// #endregion
