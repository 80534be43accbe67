//go:build !bad

package search

import "context"

// #region main
// Start reindexes the given products in the background and returns at once.
// The run gets at most r.Timeout.
func (r *Reindexer) Start(ids []string) {
	ctx, cancel := context.WithTimeout(context.Background(), r.Timeout)
	go func() { // [!fix]
		defer cancel() // [!fix] [!note] the goroutine owns the context, so it cancels it when its work is done
		r.run(ctx, ids)
	}()
}

// #endregion
