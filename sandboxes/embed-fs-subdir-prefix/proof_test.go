package web

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// The browser asks for /static/ (the page) and then for /static/assets/app.js
// (the script the page loads). Both must come from the embedded build output.
func TestFrontEndIsServed(t *testing.T) {
	h, err := Handler()
	if err != nil {
		t.Fatalf("Handler: %v", err)
	}
	get := func(path string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		return rec
	}

	page := get("/static/")
	switch body := page.Body.String(); {
	case page.Code != http.StatusOK:
		t.Errorf("GET /static/: %d, want 200 with index.html", page.Code)
	case !strings.Contains(body, `<div id="app">`):
		t.Errorf("GET /static/: 200, but not index.html; got a directory listing of the embedded files:\n%s", strings.TrimSpace(body))
	default:
		t.Logf("GET /static/: 200, index.html")
	}

	script := get("/static/assets/app.js")
	if script.Code != http.StatusOK {
		t.Fatalf("GET /static/assets/app.js: status %d (%q), want 200 with the script", script.Code, strings.TrimSpace(script.Body.String()))
	}
	t.Logf("GET /static/assets/app.js: 200, %s", script.Header().Get("Content-Type"))
}
