//go:build bad

package orders

import (
	"context"
	"log/slog"
	"net/http"
)

// #region main
// withRequestID gives every request an ID and a logger that carries it.
func withRequestID(base *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := newRequestID()
		ctx := context.WithValue(r.Context(), loggerKey{}, base.With("request_id", id)) // [!note] the ID goes into the log, and nowhere else
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// fail logs err and tells the client.
func fail(w http.ResponseWriter, r *http.Request, status int, err error) {
	logger(r.Context()).Error("request failed", "status", status, "err", err)
	http.Error(w, err.Error(), status) // [!bug] [!note] plain text with the internal error, and nothing that leads to the log line
}

// #endregion
