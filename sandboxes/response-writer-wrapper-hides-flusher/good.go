//go:build !bad

package events

import (
	"bufio"
	"net"
	"net/http"
)

// #region main
// statusRecorder remembers the status code the handler sends.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

// Unwrap lets http.ResponseController (Go 1.20) reach the real writer's
// Flush, Hijack and deadline methods.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter } // [!fix] [!note] what ResponseController looks for

// Flush and Hijack serve code that type-asserts http.Flusher or http.Hijacker
// instead of using ResponseController.
func (r *statusRecorder) Flush() { http.NewResponseController(r.ResponseWriter).Flush() } // [!fix] [!note] what w.(http.Flusher) looks for

func (r *statusRecorder) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	return http.NewResponseController(r.ResponseWriter).Hijack()
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
