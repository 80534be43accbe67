package orders

import (
	"fmt"
	"net/http/httptest"
	"testing"

	"gopitfalls.dev/sandboxes/internal/browser"
)

// TestAppPlacesOrder has the web app, on another origin, POST a JSON order
// with a bearer token in headless Chromium. The Authorization header makes the
// browser ask first with a preflight (OPTIONS, no token); only if that answer
// passes does it send the POST.
func TestAppPlacesOrder(t *testing.T) {
	api := browser.Record(NewHandler())
	apiSrv := httptest.NewServer(api)
	defer apiSrv.Close()
	apiOrigin := browser.Origin(apiSrv, "api.example.localhost")

	app := httptest.NewServer(browser.NewPage(fmt.Sprintf(`
await tryFetch(%q, {
  method: 'POST',
  headers: {'Authorization': 'Bearer t-alice', 'Content-Type': 'application/json'},
  body: JSON.stringify({item: 'green tea', qty: 2}),
});`, apiOrigin+"/api/orders")))
	defer app.Close()
	appOrigin = browser.Origin(app, "app.example.localhost")

	page := browser.Load(t, appOrigin+"/")
	sentPOST, preflight := false, 0
	for _, q := range api.Requests() {
		t.Logf("API: %s (Authorization: %q)", q, q.Header.Get("Authorization"))
		switch q.Method {
		case "OPTIONS":
			preflight = q.Status
		case "POST":
			sentPOST = true
		}
	}
	if !sentPOST {
		t.Fatalf("the browser never sent the POST: the API answered its preflight with %d", preflight)
	}
	if msg := page.CORSError(); msg != "" {
		t.Fatalf("the browser refused the API's answer to the POST")
	}
	if !page.Reported(`OK 201 {"id":1}`) {
		t.Fatalf("the web app did not get its order ID; it reported %q", page.Lines)
	}
}
