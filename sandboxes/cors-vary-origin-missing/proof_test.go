package settings

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"

	"gopitfalls.dev/sandboxes/internal/browser"
)

// TestBothAppsReadSettings runs both web apps in one headless Chromium: the
// shop fetches the settings, then opens the admin console in a frame, and the
// admin console fetches the same URL. Both apps are origins of one site
// (example.localhost), so the browser's HTTP cache is shared between them,
// as it would be between two tabs.
func TestBothAppsReadSettings(t *testing.T) {
	api := browser.Record(NewHandler())
	apiSrv := httptest.NewServer(api)
	defer apiSrv.Close()
	settingsURL := browser.Origin(apiSrv, "api.example.localhost") + "/api/settings"

	admin := httptest.NewServer(browser.NewPage(fmt.Sprintf(`
await tryFetch(%q);
parent.postMessage(result.textContent.trim(), '*');`, settingsURL)))
	defer admin.Close()
	adminOrigin := browser.Origin(admin, "admin.example.localhost")

	shop := httptest.NewServer(browser.NewPage(fmt.Sprintf(`
const res = await tryFetch(%q);
const fromAdmin = new Promise((resolve) => addEventListener('message', (e) => resolve(e.data)));
const frame = document.createElement('iframe');
frame.src = %q;
document.body.append(frame);
report('admin console: ' + await fromAdmin);`, settingsURL, adminOrigin+"/")))
	defer shop.Close()
	shopOrigin := browser.Origin(shop, "shop.example.localhost")
	appOrigins = []string{shopOrigin, adminOrigin}

	page := browser.Load(t, shopOrigin+"/")
	reqs := api.Requests()
	for _, q := range reqs {
		t.Logf("API: %s (Access-Control-Allow-Origin: %q, Vary: %q)", q, q.ResponseHeader.Get("Access-Control-Allow-Origin"), q.ResponseHeader.Get("Vary"))
	}
	if !page.Reported(`OK 200 {"currency":"EUR","locale":"de-DE"}`) {
		t.Fatalf("the shop could not read the settings; it reported %q", page.Lines)
	}
	if page.CORSError() != "" {
		t.Fatalf("the API answered %d request(s); the admin console got the shop's cached answer, and the browser refused it", len(reqs))
	}
	if !page.Reported(`admin console: OK 200 {"currency":"EUR","locale":"de-DE"}`) {
		t.Fatalf("the admin console could not read the settings; the shop reported %q", page.Lines)
	}

	// The browser asked only from our two apps. A cache stores every answer,
	// so every answer must carry Vary: Origin: one to a site we do not allow,
	// or to a request without Origin, replayed to the shop would lack its
	// Access-Control-Allow-Origin. Headers are read as they went on the wire
	// (when the status was written). One P: the handler runs start to finish
	// on this goroutine, so a header added in a defer or from a goroutine of
	// its own misses the response in every run.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	for _, c := range []struct{ from, origin, allow string }{
		{"the shop", shopOrigin, shopOrigin},
		{"the admin console", adminOrigin, adminOrigin},
		{"a site we do not allow", "http://evil.example.localhost", ""},
		{"a request without Origin", "", ""},
	} {
		req := httptest.NewRequest(http.MethodGet, "/api/settings", nil)
		if c.origin != "" {
			req.Header.Set("Origin", c.origin)
		}
		rec := httptest.NewRecorder()
		runtime.Gosched() // a fresh time slice, so the scheduler does not preempt the handler part-way
		NewHandler().ServeHTTP(rec, req)
		sent := rec.Result().Header
		t.Logf("GET /api/settings from %s: %d, Access-Control-Allow-Origin: %q, Vary: %q", c.from, rec.Code, sent.Get("Access-Control-Allow-Origin"), sent.Values("Vary"))
		if got := sent.Get("Access-Control-Allow-Origin"); rec.Code != http.StatusOK || got != c.allow {
			t.Errorf("GET /api/settings from %s: %d with Access-Control-Allow-Origin %q, want 200 with %q", c.from, rec.Code, got, c.allow)
		}
		if !strings.Contains(strings.Join(sent.Values("Vary"), ","), "Origin") {
			t.Errorf("GET /api/settings from %s: cacheable (Cache-Control: %q) but sent without Vary: Origin, so a cache may hand this answer to another origin",
				c.from, sent.Get("Cache-Control"))
		}
	}
}
