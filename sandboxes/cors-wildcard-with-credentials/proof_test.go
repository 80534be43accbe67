package api

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"

	"gopitfalls.dev/sandboxes/internal/browser"
)

// TestWebAppReadsProfile signs Alice in, then lets the web app (another
// origin of the same site) fetch /api/me with credentials: 'include' in
// headless Chromium. The browser decides whether the page may read the answer.
func TestWebAppReadsProfile(t *testing.T) {
	api := browser.Record(NewHandler())
	mux := http.NewServeMux()
	mux.Handle("/", api)
	// Test-only sign-in: a top-level visit that sets Alice's session cookie
	// (SameSite=Lax, the browsers' default) and goes on to the web app.
	mux.HandleFunc("GET /test/sign-in", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "session", Value: "s-alice", Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode})
		http.Redirect(w, r, r.URL.Query().Get("next"), http.StatusSeeOther)
	})
	apiSrv := httptest.NewServer(mux)
	defer apiSrv.Close()
	apiOrigin := browser.Origin(apiSrv, "api.example.localhost")

	app := httptest.NewServer(browser.NewPage(fmt.Sprintf(
		`await tryFetch(%q, {credentials: 'include'});`, apiOrigin+"/api/me")))
	defer app.Close()
	appOrigin = browser.Origin(app, "app.example.localhost")

	page := browser.Load(t, apiOrigin+"/test/sign-in?next="+appOrigin+"/")
	var answered *browser.Request
	for _, q := range api.Requests() {
		t.Logf("API: %s (Cookie: %q, Access-Control-Allow-Origin: %q)", q, q.Header.Get("Cookie"), q.ResponseHeader.Get("Access-Control-Allow-Origin"))
		if q.Path == "/api/me" {
			answered = &q
		}
	}
	if answered == nil {
		t.Fatal("the browser never sent GET /api/me")
	}
	if msg := page.CORSError(); msg != "" {
		t.Fatalf("the API answered %d, but the browser did not let the web app read the response", answered.Status)
	}
	if !page.Reported(`OK 200 {"user":"alice"}`) {
		t.Fatalf("the web app did not get Alice's profile; it reported %q", page.Lines)
	}

	// The browser asked only from the web app. What the API sends to every
	// caller, read as it went on the wire (the headers when the status was
	// written): the web app's origin is named, nobody else gets CORS headers,
	// and every answer says it depends on Origin, so a cache in front of the
	// API keeps one copy per origin. One P: the handler runs start to finish on
	// this goroutine, so a header added in a defer or from a goroutine of its
	// own misses the response in every run.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	for _, c := range []struct{ from, origin, allow string }{
		{"the web app", appOrigin, appOrigin},
		{"another site", "http://evil.example.localhost", ""},
		{"a request without Origin", "", ""},
	} {
		req := httptest.NewRequest(http.MethodGet, "/api/me", nil)
		req.AddCookie(&http.Cookie{Name: "session", Value: "s-alice"})
		if c.origin != "" {
			req.Header.Set("Origin", c.origin)
		}
		rec := httptest.NewRecorder()
		runtime.Gosched() // a fresh time slice, so the scheduler does not preempt the handler part-way
		NewHandler().ServeHTTP(rec, req)
		sent := rec.Result().Header
		t.Logf("GET /api/me from %s: %d, Access-Control-Allow-Origin: %q, Vary: %q", c.from, rec.Code, sent.Get("Access-Control-Allow-Origin"), sent.Values("Vary"))
		if got := sent.Get("Access-Control-Allow-Origin"); got != c.allow {
			t.Errorf("GET /api/me from %s: Access-Control-Allow-Origin %q, want %q", c.from, got, c.allow)
		}
		if !strings.Contains(strings.Join(sent.Values("Vary"), ","), "Origin") {
			t.Errorf("GET /api/me from %s: sent without Vary: Origin, so a shared cache may hand this answer to another origin", c.from)
		}
		if body := strings.TrimSpace(rec.Body.String()); rec.Code != http.StatusOK || body != `{"user":"alice"}` {
			t.Errorf("GET /api/me from %s: %d %s, want 200 {\"user\":\"alice\"}", c.from, rec.Code, body)
		}
	}
}
