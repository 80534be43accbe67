//go:build bad

package servers

import (
	"context"
	"errors"
	"net/http"
	"time"
)

// #region main
// Run serves api and admin until ctx is cancelled or one of them fails.
func Run(ctx context.Context, api, admin *http.Server) error {
	go func() {
		<-ctx.Done()
		shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 20*time.Second)
		defer cancel()
		api.Shutdown(shutdownCtx)
		admin.Shutdown(shutdownCtx)
	}()

	if err := api.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) { // [!bug] [!note] blocks for as long as the API server runs
		return err
	}
	if err := admin.ListenAndServe(); !errors.Is(err, http.ErrServerClosed) { // [!note] reached only after the API server has stopped
		return err
	}
	return nil
}

// #endregion
