package api

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"

	"gopitfalls.dev/sandboxes/internal/browser"
)

// TestOnlyOurFrontendsReadProfiles signs Alice in to the API and then, in the
// same headless Chromium, opens a page on an attacker's domain whose script
// asks the API for Alice's profile with her cookie. Then it checks that our
// own frontend still can, and that a request without Origin is still served.
//
// The API runs on 127.0.0.1, a different site from every *.localhost name,
// like an API on its own domain. The browser allows third-party cookies, as
// Chrome's regular windows do by default.
func TestOnlyOurFrontendsReadProfiles(t *testing.T) {
	api := browser.Record(NewHandler())
	mux := http.NewServeMux()
	mux.Handle("/", api)
	// Test-only sign-in: a top-level visit that sets Alice's session cookie
	// and goes on to the page named by next.
	mux.HandleFunc("GET /test/sign-in", func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "session", Value: "s-alice", Path: "/", HttpOnly: true, Secure: true, SameSite: http.SameSiteNoneMode})
		http.Redirect(w, r, r.URL.Query().Get("next"), http.StatusSeeOther)
	})
	apiSrv := httptest.NewServer(mux)
	defer apiSrv.Close()

	script := fmt.Sprintf(`await tryFetch(%q, {credentials: 'include'});`, apiSrv.URL+"/api/me")
	app := httptest.NewServer(browser.NewPage(script))
	defer app.Close()
	evil := httptest.NewServer(browser.NewPage(script))
	defer evil.Close()
	webDomain = "example.localhost"
	appOrigin := browser.Origin(app, "app.example.localhost")
	webOrigins = []string{appOrigin}
	evilOrigin := browser.Origin(evil, "evil-example.localhost") // anyone can register evil-example.com

	visit := func(origin string) browser.Result {
		t.Helper()
		api.Reset()
		page := browser.Load(t, apiSrv.URL+"/test/sign-in?next="+origin+"/", browser.AllowThirdPartyCookies())
		for _, q := range api.Requests() {
			t.Logf("API: %s (Cookie: %q, Access-Control-Allow-Origin: %q)", q, q.Header.Get("Cookie"), q.ResponseHeader.Get("Access-Control-Allow-Origin"))
		}
		return page
	}

	if page := visit(evilOrigin); page.Reported("OK ") {
		t.Fatalf("the page at %s read Alice's profile: the API allowed it as one of our frontends", evilOrigin)
	}
	if page := visit(appOrigin); !page.Reported(`OK 200 {"user":"alice","email":"alice@example.com"}`) {
		t.Fatalf("our own frontend at %s could not read Alice's profile; it reported %q", appOrigin, page.Lines)
	}

	// Not a browser: no Origin header. CORS has nothing to say about it.
	req := httptest.NewRequest("GET", "/api/me", nil)
	req.AddCookie(&http.Cookie{Name: "session", Value: "s-alice"})
	rr := httptest.NewRecorder()
	NewHandler().ServeHTTP(rr, req)
	t.Logf("a request without Origin: %d, Access-Control-Allow-Origin: %q", rr.Code, rr.Header().Get("Access-Control-Allow-Origin"))
	if rr.Code != http.StatusOK {
		t.Fatalf("a request without Origin got %d; CORS checks must not turn it away", rr.Code)
	}
}
