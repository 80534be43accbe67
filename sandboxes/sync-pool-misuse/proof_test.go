package profile

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// Ana and Ben fetch their own profiles, one after the other. No response may
// carry the other user's data. sync.Pool decides whether a Get returns an
// object a previous request put back, so the test takes up to 1,000 turns.
// Then each response must be exactly its own profile even when another
// request runs while it is still being written, and a buffer that went back
// to the pool must stay as its last user left it.
func TestProfilesDoNotLeak(t *testing.T) {
	profiles := map[string]Profile{
		"ana": {Name: "Ana", Email: "ana@example.com", Plan: "pro"},
		"ben": {Name: "Ben", Email: "ben@example.com", Plan: "free"},
	}
	h := NewHandler(profiles)
	want := make(map[string]string)
	for name, p := range profiles {
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		want[name] = string(b) + "\n"
	}
	serve := func(w http.ResponseWriter, name string) {
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/users/"+name, nil))
	}
	check := func(turn int, name, other string, w *httptest.ResponseRecorder) {
		t.Helper()
		if w.Code != http.StatusOK {
			t.Fatalf("GET /users/%s: %d", name, w.Code)
		}
		body := w.Body.String()
		if strings.Contains(body, other) {
			t.Fatalf("turn %d: GET /users/%s answered with another user's profile too:\n%s", turn, name, body)
		}
		if body != want[name] {
			t.Fatalf("turn %d: GET /users/%s answered %q, want %q", turn, name, body, want[name])
		}
	}
	users := []struct{ name, other string }{{"ben", "ana@example.com"}, {"ana", "ben@example.com"}}

	const turns = 1000
	for turn := 1; turn <= turns; turn++ {
		for _, u := range users {
			w := httptest.NewRecorder()
			serve(w, u.name)
			check(turn, u.name, u.other, w)
		}
	}
	t.Logf("%d turns, each response carried only its own user's data", turns)

	// While Ben's response is being written (a slow client blocks that Write,
	// and the scheduler runs the next handler on the same thread), Ana's
	// request runs. Ben's buffer must not be in the pool yet.
	for turn := 1; turn <= 100; turn++ {
		ana := httptest.NewRecorder()
		ben := &slowWriter{ResponseRecorder: httptest.NewRecorder(), during: func() { serve(ana, "ana") }}
		serve(ben, "ben")
		check(turn, "ana", "ben@example.com", ana)
		check(turn, "ben", "ana@example.com", ben.ResponseRecorder)
	}

	// The pool gets each buffer back, and nothing touches it after Put: the
	// next Get sees it exactly as the last request left it. (A buffer New has
	// just made has no capacity yet; the pool may hand one out instead, so
	// ask a few times.)
	for try := 1; ; try++ {
		w := httptest.NewRecorder()
		serve(w, "ana")
		buf := bufPool.Get().(*bytes.Buffer)
		if buf.Cap() > 0 {
			if got := buf.String(); got != want["ana"] {
				t.Fatalf("the buffer Ana's response went back to the pool in holds %q, want %q: it was changed after Put", got, want["ana"])
			}
			bufPool.Put(buf)
			break
		}
		if try == 100 {
			t.Fatalf("after %d requests the pool has never handed back a used buffer: writeJSON does not put its buffer back", try)
		}
	}
}

// slowWriter runs during before it copies the bytes out, as if the client
// were slow and another request ran in the meantime.
type slowWriter struct {
	*httptest.ResponseRecorder
	during func()
}

func (w *slowWriter) Write(p []byte) (int, error) {
	w.during()
	return w.ResponseRecorder.Write(p)
}
