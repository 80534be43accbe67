package shop

import (
	"mime"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
)

// What a browser and the app's own fetch calls ask for, and what each must get.
func TestOnlyPageRoutesFallBackToTheApp(t *testing.T) {
	cases := []struct {
		path, want string
		status     int
	}{
		{"/orders/42", "text/html", http.StatusOK},                   // a deep link, reloaded
		{"/assets/app-3f9a1c.js", "text/javascript", http.StatusOK},  // the current bundle
		{"/api/orders", "application/json", http.StatusOK},           // a real endpoint
		{"/assets/app-0be2d7.js", "text/plain", http.StatusNotFound}, // last release's bundle, cached in an open tab
		{"/api/order", "application/json", http.StatusNotFound},      // a typo or a removed endpoint
		{"/favicon.ico", "text/plain", http.StatusNotFound},          // a file the build does not have
	}

	// ask builds the handler and sends it every request, back to back on this
	// goroutine, with one P and nothing printed in between, so a route that
	// Handler registers from a goroutine of its own is not there yet, in every
	// run rather than most. Gosched first gives the goroutine a fresh time
	// slice, so the scheduler does not preempt it part-way; net/http reads its
	// MIME table from disk on first use, so that happens before, not between.
	// A loaded machine can still stall the test long enough for a preemption,
	// so the handler is built and asked three times, and a wrong answer in any
	// round counts.
	ask := func() (answers []*httptest.ResponseRecorder, allRight bool) {
		runtime.Gosched()
		h := Handler()
		for _, c := range cases {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, c.path, nil))
			answers = append(answers, rec)
		}
		for i, c := range cases {
			if answers[i].Code != c.status || !strings.HasPrefix(answers[i].Header().Get("Content-Type"), c.want) {
				return answers, false
			}
		}
		return answers, true
	}
	mime.TypeByExtension(".html")
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	var answers []*httptest.ResponseRecorder
	for range 3 {
		var allRight bool
		if answers, allRight = ask(); !allRight {
			break
		}
	}

	for i, c := range cases {
		rec := answers[i]
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
