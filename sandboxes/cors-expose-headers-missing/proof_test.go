package catalog

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
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

	// The same request, its headers read as they went on the wire (when the
	// status was written). One P: the handler runs start to finish on this
	// goroutine, so a header set in a defer or from a goroutine of its own
	// misses the response in every run, not only when the browser is quick.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	req := httptest.NewRequest(http.MethodGet, "/api/products?page=1", nil)
	req.Header.Set("Origin", appOrigin)
	rec := httptest.NewRecorder()
	runtime.Gosched() // a fresh time slice, so the scheduler does not preempt the handler part-way
	NewHandler().ServeHTTP(rec, req)
	h := rec.Result().Header
	t.Logf("GET /api/products?page=1 from the shop: %d, Access-Control-Expose-Headers: %q", rec.Code, h.Values("Access-Control-Expose-Headers"))
	if exposed := strings.ToLower(strings.Join(h.Values("Access-Control-Expose-Headers"), ",")); h.Get("X-Total-Count") == "" || !strings.Contains(exposed, "x-total-count") {
		t.Fatalf("GET /api/products?page=1 from the shop sent X-Total-Count: %q with Access-Control-Expose-Headers: %q; the shop cannot read it",
			h.Get("X-Total-Count"), h.Values("Access-Control-Expose-Headers"))
	}
}
