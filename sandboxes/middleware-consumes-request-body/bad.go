//go:build bad

package webhooks

import (
	"io"
	"net/http"
)

// #region main
// VerifySignature rejects requests whose body does not match X-Signature.
func VerifySignature(secret []byte, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body) // [!bug] [!note] reads the request stream to its end, with no size limit
		if err != nil {
			http.Error(w, "cannot read body", http.StatusBadRequest)
			return
		}
		if !validSignature(secret, body, r.Header.Get("X-Signature")) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r) // [!note] r.Body is the same spent stream: the handler's first Read returns io.EOF
	})
}

// #endregion
