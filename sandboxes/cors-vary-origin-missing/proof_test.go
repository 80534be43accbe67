package settings

import (
	"fmt"
	"net/http/httptest"
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
}
