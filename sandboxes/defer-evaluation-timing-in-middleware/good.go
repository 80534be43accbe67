//go:build !bad

package accesslog

import (
	"log/slog"
	"net/http"
	"time"
)

// #region main
// Middleware logs every request once the handler has finished.
func Middleware(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		defer func() { // [!fix] [!note] defer a closure: its body, arguments included, runs when the handler has returned
			logger.Info("request", "method", r.Method, "path", r.URL.Path, "status", rec.status, "duration", time.Since(start))
		}()
		next.ServeHTTP(rec, r)
	})
}

// #endregion
