// Package webhooks receives signed webhook events: a middleware checks the
// HMAC signature of the body, then the handler decodes the event.
package webhooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
)

// maxBody is the largest webhook body the service accepts.
const maxBody = 1 << 20 // 1 MiB

// Event is one webhook delivery.
type Event struct {
	ID   string `json:"id"`
	Type string `json:"type"`
}

// NewHandler returns the webhook endpoint: signature check, then handler.
func NewHandler(secret []byte, handle func(Event)) http.Handler {
	return VerifySignature(secret, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var e Event
		if err := json.NewDecoder(r.Body).Decode(&e); err != nil {
			http.Error(w, "invalid event: "+err.Error(), http.StatusBadRequest)
			return
		}
		handle(e)
		w.WriteHeader(http.StatusNoContent)
	}))
}

// Sign returns the X-Signature value for body: hex HMAC-SHA256 with secret.
func Sign(secret, body []byte) string {
	m := hmac.New(sha256.New, secret)
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}

func validSignature(secret, body []byte, sig string) bool {
	want, err := hex.DecodeString(sig)
	if err != nil {
		return false
	}
	m := hmac.New(sha256.New, secret)
	m.Write(body)
	return hmac.Equal(m.Sum(nil), want)
}
