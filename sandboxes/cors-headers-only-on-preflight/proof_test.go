package orders

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
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

	// The browser sent one preflight and one good order. What the API sends
	// on every path, read as it went on the wire (the headers when the status
	// was written): the shop is named on the preflight, the order and an error
	// alike, other callers get no CORS headers, and every answer carries
	// Vary: Origin. One P: the handler runs start to finish on this goroutine,
	// so a header set in a defer or from a goroutine of its own misses the
	// response in every run.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	const order = `{"item":"green tea","qty":2}`
	for _, c := range []struct {
		what, method, origin, body string
		status                     int
		allow                      string
	}{
		{"preflight from the shop", http.MethodOptions, appOrigin, "", http.StatusNoContent, appOrigin},
		{"order from the shop", http.MethodPost, appOrigin, order, http.StatusCreated, appOrigin},
		{"bad order from the shop", http.MethodPost, appOrigin, `{"qty":2}`, http.StatusBadRequest, appOrigin},
		{"order from another site", http.MethodPost, "http://evil.example.localhost", order, http.StatusCreated, ""},
		{"order without Origin", http.MethodPost, "", order, http.StatusCreated, ""},
	} {
		req := httptest.NewRequest(c.method, "/api/orders", strings.NewReader(c.body))
		if c.origin != "" {
			req.Header.Set("Origin", c.origin)
		}
		if c.method == http.MethodOptions {
			req.Header.Set("Access-Control-Request-Method", "POST")
			req.Header.Set("Access-Control-Request-Headers", "content-type")
		}
		rec := httptest.NewRecorder()
		runtime.Gosched() // a fresh time slice, so the scheduler does not preempt the handler part-way
		NewHandler().ServeHTTP(rec, req)
		sent := rec.Result().Header
		t.Logf("%s: %d, Access-Control-Allow-Origin: %q, Vary: %q", c.what, rec.Code, sent.Get("Access-Control-Allow-Origin"), sent.Values("Vary"))
		if rec.Code != c.status {
			t.Errorf("%s: status %d, want %d", c.what, rec.Code, c.status)
		}
		if got := sent.Get("Access-Control-Allow-Origin"); got != c.allow {
			t.Errorf("%s: Access-Control-Allow-Origin %q, want %q", c.what, got, c.allow)
		}
		if !strings.Contains(strings.Join(sent.Values("Vary"), ","), "Origin") {
			t.Errorf("%s: sent without Vary: Origin, so a shared cache may hand this answer to another origin", c.what)
		}
	}
}
