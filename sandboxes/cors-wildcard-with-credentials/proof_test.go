package api

import (
	"fmt"
	"net/http"
	"net/http/httptest"
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
}
