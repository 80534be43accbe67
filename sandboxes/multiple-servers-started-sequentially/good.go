//go:build !bad

package servers

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"golang.org/x/sync/errgroup"
)

// #region main
// Run serves api and admin until ctx is cancelled or one of them fails.
func Run(ctx context.Context, api, admin *http.Server) error {
	g, ctx := errgroup.WithContext(ctx) // [!fix] [!note] ctx is cancelled when ctx's parent is, or as soon as any g.Go function returns an error
	for _, srv := range []*http.Server{api, admin} {
		g.Go(func() error { // [!fix] [!note] each server listens in its own goroutine: both start at once
			if err := srv.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) {
				return fmt.Errorf("server on %s: %w", srv.Addr, err)
			}
			return nil
		})
		g.Go(func() error { // [!fix]
			<-ctx.Done() // [!note] shutdown requested, or the other server died: stop this one too
			shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 20*time.Second)
			defer cancel()
			return srv.Shutdown(shutdownCtx)
		})
	}
	return g.Wait() // the first error, e.g. "bind: address already in use"
}

// #endregion
