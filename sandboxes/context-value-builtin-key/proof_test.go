package auth

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// Ana is signed in and, like every visitor, has an analytics cookie. GET /me
// must know who she is.
func TestSignedInUserReachesHandler(t *testing.T) {
	ana := &User{ID: 7, Name: "ana"}
	h := NewRouter(func(token string) (*User, bool) {
		if token == "token-ana" {
			return ana, true
		}
		return nil, false
	})

	req := httptest.NewRequest(http.MethodGet, "/me", nil)
	req.Header.Set("Authorization", "Bearer token-ana")
	req.AddCookie(&http.Cookie{Name: "vid", Value: "v-9f3c"})
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)

	body, _ := io.ReadAll(w.Result().Body)
	if w.Code != http.StatusOK {
		t.Fatalf("GET /me with ana's valid token: %d %s, body %q; the handler did not find her in the context",
			w.Code, http.StatusText(w.Code), strings.TrimSpace(string(body)))
	}
	t.Logf("GET /me: %d, %q", w.Code, strings.TrimSpace(string(body)))
}
