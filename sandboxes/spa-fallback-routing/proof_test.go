package shop

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// What a browser and the app's own fetch calls ask for, and what each must get.
func TestOnlyPageRoutesFallBackToTheApp(t *testing.T) {
	h := Handler()
	cases := []struct {
		path, want string
		status     int
	}{
		{"/orders/42", "text/html", http.StatusOK},                   // a deep link, reloaded
		{"/assets/app-3f9a1c.js", "text/javascript", http.StatusOK},  // the current bundle
		{"/api/orders", "application/json", http.StatusOK},           // a real endpoint
		{"/assets/app-0be2d7.js", "text/plain", http.StatusNotFound}, // last release's bundle, cached in an open tab
		{"/api/order", "application/json", http.StatusNotFound},      // a typo or a removed endpoint
	}
	for _, c := range cases {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, c.path, nil))
		got := rec.Header().Get("Content-Type")
		if rec.Code != c.status || !strings.HasPrefix(got, c.want) {
			shell := ""
			if strings.Contains(rec.Body.String(), `<div id="app">`) {
				shell = " (the app shell, index.html)"
			}
			t.Errorf("GET %s: %d %s%s, want %d %s", c.path, rec.Code, got, shell, c.status, c.want)
			continue
		}
		t.Logf("GET %s: %d %s", c.path, rec.Code, got)
	}
}
