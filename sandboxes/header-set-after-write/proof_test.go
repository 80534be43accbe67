package users

import (
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"

	"gopitfalls.dev/sandboxes/internal/prooftest"
)

// TestCreatedUserHasStatusAndLocation posts a user to a real server and
// checks what arrives on the wire: 201, a Location header and the JSON body.
func TestCreatedUserHasStatusAndLocation(t *testing.T) {
	// One P: a goroutine the handler starts cannot run before the handler has
	// returned and its response is on the wire, so a header or status set from
	// one is missing every time, not in some runs.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var serverLog prooftest.SyncBuffer
	api := &API{}
	ts := httptest.NewUnstartedServer(http.HandlerFunc(api.CreateUser))
	ts.Config.ErrorLog = log.New(&serverLog, "", 0)
	ts.Start()
	defer ts.Close()

	resp, err := http.Post(ts.URL, "application/json", strings.NewReader(`{"email":"ann@example.com"}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	t.Logf("response: %s, Location %q, body %q", resp.Status, resp.Header.Get("Location"), body)
	if l := strings.TrimSpace(serverLog.String()); l != "" {
		t.Logf("server log: %s", l)
	}

	if resp.StatusCode != http.StatusCreated {
		t.Errorf("status %d, want 201 Created: the status was set after the body was written", resp.StatusCode)
	}
	if got := resp.Header.Get("Location"); got != "/users/u1" {
		t.Errorf("Location header %q, want %q", got, "/users/u1")
	}
	if got := resp.Header.Get("Content-Type"); got != "application/json" {
		t.Errorf("Content-Type %q, want application/json", got)
	}
	if string(body) != `{"id":"u1","email":"ann@example.com"}`+"\n" {
		t.Errorf("body %q, want the new user as JSON", body)
	}
}

// ResponseRecorder keeps two views of the headers: Header() is the live map
// the handler writes to, Result() is the snapshot taken at the first write,
// which is what a client gets. Not the proof; it backs the page's note on
// testing with a recorder.
func TestRecorderHeaderIsTheLiveMap(t *testing.T) {
	rec := httptest.NewRecorder()
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "body")
		w.Header().Set("Location", "/late")
		w.WriteHeader(http.StatusCreated)
	})
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/", nil))
	if got := rec.Header().Get("Location"); got != "/late" {
		t.Errorf("rec.Header() Location %q, want the late value /late", got)
	}
	if got := rec.Result().Header.Get("Location"); got != "" {
		t.Errorf("rec.Result() Location %q, want none", got)
	}
	if rec.Code != http.StatusOK {
		t.Errorf("rec.Code %d, want 200", rec.Code)
	}
}
