//go:build !bad

package webhooks

import (
	"bytes"
	"errors"
	"io"
	"net/http"
)

// #region main
// VerifySignature rejects requests whose body does not match X-Signature.
func VerifySignature(secret []byte, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody)) // [!fix] [!note] buffer at most maxBody bytes
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) { // [!fix]
				http.Error(w, "body too large", http.StatusRequestEntityTooLarge)
				return // [!fix]
			}
			http.Error(w, "cannot read body", http.StatusBadRequest)
			return
		}
		if !validSignature(secret, body, r.Header.Get("X-Signature")) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body)) // [!fix] [!note] hand the handler a fresh reader over the bytes already read
		next.ServeHTTP(w, r)
	})
}

// #endregion
