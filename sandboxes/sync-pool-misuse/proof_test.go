package profile

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// Ana and Ben fetch their own profiles, one after the other. No response may
// carry the other user's data. sync.Pool decides whether a Get returns an
// object a previous request put back, so the test takes up to 1,000 turns.
func TestProfilesDoNotLeak(t *testing.T) {
	h := NewHandler(map[string]Profile{
		"ana": {Name: "Ana", Email: "ana@example.com", Plan: "pro"},
		"ben": {Name: "Ben", Email: "ben@example.com", Plan: "free"},
	})
	get := func(name string) string {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/users/"+name, nil))
		if w.Code != http.StatusOK {
			t.Fatalf("GET /users/%s: %d", name, w.Code)
		}
		return w.Body.String()
	}

	const turns = 1000
	for turn := 1; turn <= turns; turn++ {
		for _, u := range []struct{ name, other string }{{"ben", "ana@example.com"}, {"ana", "ben@example.com"}} {
			if body := get(u.name); strings.Contains(body, u.other) {
				t.Fatalf("turn %d: GET /users/%s answered with another user's profile too:\n%s", turn, u.name, body)
			}
		}
	}
	t.Logf("%d turns, each response carried only its own user's data", turns)
}
