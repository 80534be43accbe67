//go:build !bad

package orders

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"regexp"
)

// #region main
// withRequestID gives every request an ID, a logger that carries it, and a
// response header that shows it.
func withRequestID(base *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-ID") // set by a gateway or the calling service
		if !saneID.MatchString(id) {
			id = newRequestID()
		}
		w.Header().Set("X-Request-ID", id) // [!fix] [!note] on every response, success or error
		ctx := context.WithValue(r.Context(), requestIDKey{}, id)
		ctx = context.WithValue(ctx, loggerKey{}, base.With("request_id", id))
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// problem is an RFC 9457 problem details body, plus the request ID.
type problem struct {
	Type      string `json:"type"`
	Title     string `json:"title"`
	Status    int    `json:"status"`
	RequestID string `json:"request_id"`
}

// fail logs err and tells the client, without the internal details.
func fail(w http.ResponseWriter, r *http.Request, status int, err error) {
	id, _ := r.Context().Value(requestIDKey{}).(string)
	logger(r.Context()).Error("request failed", "status", status, "err", err) // [!note] the details stay here, under request_id
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(problem{
		Type:      "about:blank",
		Title:     http.StatusText(status),
		Status:    status,
		RequestID: id, // [!fix] [!note] the same ID as the header and the log line
	})
}

// #endregion

type requestIDKey struct{}

// saneID accepts an incoming ID only if it is short and plain, so a caller
// cannot fill the logs with junk.
var saneID = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)
