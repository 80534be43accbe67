//go:build bad

package events

import "net/http"

// #region main
// statusRecorder remembers the status code the handler sends.
type statusRecorder struct {
	http.ResponseWriter // [!bug] [!note] embedding the interface promotes Header, Write and WriteHeader only: the real writer's Flush is out of reach
	status              int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

// #endregion

// WithStatus calls record with the status of every response next sends.
func WithStatus(record func(status int), next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		record(rec.status)
	})
}
