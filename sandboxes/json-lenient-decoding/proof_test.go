package prefs

import (
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
)

func TestMalformedUpdateIsRejected(t *testing.T) {
	// One P: the handler runs start to finish on the test's goroutine, so a
	// decoder option set from a goroutine of its own (go dec.DisallowUnknownFields())
	// cannot take effect before Decode, in every run rather than most.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	// patch sends body for user u-1, who starts subscribed to everything.
	patch := func(body string) (int, string) {
		h := NewService(map[string]Prefs{"u-1": {MarketingEmails: true, WeeklyDigest: true}}).Handler()
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodPatch, "/users/u-1/preferences", strings.NewReader(body)))
		return rec.Code, strings.TrimSpace(rec.Body.String())
	}

	t.Run("valid update", func(t *testing.T) {
		const body = `{"marketing_emails":false}`
		code, resp := patch(body)
		if want := `{"marketing_emails":false,"weekly_digest":true}`; code != http.StatusOK || resp != want {
			t.Fatalf("PATCH %s: got %d %s, want 200 %s", body, code, resp, want)
		}
		t.Logf("PATCH %s: %d %s", body, code, resp)
	})

	t.Run("misspelt field", func(t *testing.T) {
		const body = `{"marketing_email":false}` // "emails" without the s
		code, resp := patch(body)
		if code != http.StatusBadRequest {
			t.Fatalf("PATCH %s: got %d %s, want 400: the misspelt field was silently ignored and the user is still subscribed",
				body, code, resp)
		}
		t.Logf("PATCH %s: %d %s", body, code, resp)
	})

	t.Run("two JSON values", func(t *testing.T) {
		const body = `{"weekly_digest":false}{"marketing_emails":false}`
		code, resp := patch(body)
		if code != http.StatusBadRequest {
			t.Fatalf("PATCH %s: got %d %s, want 400: only the first value was applied and the rest was never read",
				body, code, resp)
		}
		t.Logf("PATCH %s: %d %s", body, code, resp)
	})

	// What encoding/json (v1) accepts even with the strict decoder: key
	// matching ignores case, and a repeated key keeps its last value.
	t.Run("still accepted by encoding/json", func(t *testing.T) {
		for _, c := range []struct{ body, want string }{
			{`{"Marketing_Emails":false}`, `{"marketing_emails":false,"weekly_digest":true}`},
			{`{"marketing_emails":false,"marketing_emails":true}`, `{"marketing_emails":true,"weekly_digest":true}`},
		} {
			code, resp := patch(c.body)
			if code != http.StatusOK || resp != c.want {
				t.Errorf("PATCH %s: got %d %s, want 200 %s", c.body, code, resp, c.want)
				continue
			}
			t.Logf("PATCH %s: %d %s", c.body, code, resp)
		}
	})
}
