package orders

import (
	"fmt"
	"net/http/httptest"
	"testing"

	"gopitfalls.dev/sandboxes/internal/browser"
)

// TestShopPlacesOrder has the shop frontend, on another origin, POST a JSON
// order in headless Chromium. A JSON body makes the browser send a preflight
// first; then it sends the POST and decides whether the page may read the answer.
func TestShopPlacesOrder(t *testing.T) {
	api := browser.Record(NewHandler())
	apiSrv := httptest.NewServer(api)
	defer apiSrv.Close()
	apiOrigin := browser.Origin(apiSrv, "api.example.localhost")

	shop := httptest.NewServer(browser.NewPage(fmt.Sprintf(`
await tryFetch(%q, {
  method: 'POST',
  headers: {'Content-Type': 'application/json'},
  body: JSON.stringify({item: 'green tea', qty: 2}),
});`, apiOrigin+"/api/orders")))
	defer shop.Close()
	appOrigin = browser.Origin(shop, "shop.example.localhost")

	page := browser.Load(t, appOrigin+"/")
	for _, q := range api.Requests() {
		t.Logf("API: %s (Access-Control-Allow-Origin: %q)", q, q.ResponseHeader.Get("Access-Control-Allow-Origin"))
	}
	placed.Lock()
	n := placed.n
	placed.Unlock()
	if msg := page.CORSError(); msg != "" {
		t.Fatalf("the API placed %d order(s) and answered 201, but the browser did not let the shop read the answer", n)
	}
	if !page.Reported(`OK 201 {"id":1}`) {
		t.Fatalf("the shop did not get its order ID; it reported %q", page.Lines)
	}
}
