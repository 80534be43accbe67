package catalog

import (
	"fmt"
	"net/http/httptest"
	"testing"

	"gopitfalls.dev/sandboxes/internal/browser"
)

// TestShopReadsTotalCount has the shop frontend, on another origin, fetch the
// first page of products in headless Chromium and read X-Total-Count to show
// how many pages there are.
func TestShopReadsTotalCount(t *testing.T) {
	api := browser.Record(NewHandler())
	apiSrv := httptest.NewServer(api)
	defer apiSrv.Close()
	apiOrigin := browser.Origin(apiSrv, "api.example.localhost")

	shop := httptest.NewServer(browser.NewPage(fmt.Sprintf(`
const res = await tryFetch(%q);
if (res) {
  report('headers JavaScript can read: ' + [...res.headers.keys()].join(', '));
  report('X-Total-Count: ' + res.headers.get('X-Total-Count'));
}`, apiOrigin+"/api/products?page=1")))
	defer shop.Close()
	appOrigin = browser.Origin(shop, "shop.example.localhost")

	page := browser.Load(t, appOrigin+"/")
	sent := ""
	for _, q := range api.Requests() {
		sent = q.ResponseHeader.Get("X-Total-Count")
		t.Logf("API: %s (X-Total-Count: %q, Access-Control-Expose-Headers: %q)", q, sent, q.ResponseHeader.Get("Access-Control-Expose-Headers"))
	}
	if !page.Reported("OK 200 ") {
		t.Fatalf("the shop could not fetch the products; it reported %q", page.Lines)
	}
	if page.Reported("X-Total-Count: null") {
		t.Fatalf("the API sent X-Total-Count: %s, but JavaScript in the browser read null", sent)
	}
	if want := "X-Total-Count: " + sent; !page.Reported(want) {
		t.Fatalf("the shop read %q, want %q", page.Lines, want)
	}
}
