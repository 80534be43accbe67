package browser

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

func TestPathExplainsHowToGetChromium(t *testing.T) {
	t.Setenv("CHROMIUM_PATH", "/nonexistent/chromium")
	_, err := Path()
	if err == nil || !strings.Contains(err.Error(), "apt-get install chromium") || !strings.Contains(err.Error(), "CHROMIUM_PATH") {
		t.Fatalf("Path() error = %v; want one naming CHROMIUM_PATH and apt-get install chromium", err)
	}
	t.Setenv("CHROMIUM_PATH", t.TempDir())
	if _, err := Path(); err == nil || !strings.Contains(err.Error(), "not an executable") {
		t.Fatalf("Path() with a directory: error = %v; want \"not an executable\"", err)
	}
}

func TestConsoleMessages(t *testing.T) {
	stderr := strings.Join([]string{
		`/usr/bin/chromium: 9: [: 25276514304: unexpected operator`,
		`[8136:8166:1121/192347.345848:ERROR:dbus/bus.cc:405] Failed to connect to the bus`,
		`[8136:8136:1121/192348.124517:INFO:CONSOLE:0] "Access to fetch at 'http://127.0.0.1:1/data' from origin 'http://localhost:2' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.", source: http://localhost:2/ (0)`,
		`[1:1:0101/000000.000000:INFO:CONSOLE(12)] "say "hi"", source: http://localhost:2/ (12)`,
	}, "\n")
	got := consoleMessages(stderr)
	want := []string{
		`Access to fetch at 'http://127.0.0.1:1/data' from origin 'http://localhost:2' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.`,
		`say "hi"`,
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("consoleMessages:\n got %q\nwant %q", got, want)
	}
}

func TestPageResult(t *testing.T) {
	lines, finished, found := pageResult(`<html><body><pre id="result" data-done="1">OK 200 a &amp; b
ERR TypeError: Failed to fetch
</pre><script>…</script></body></html>`)
	if !found || !finished || fmt.Sprint(lines) != "[OK 200 a & b ERR TypeError: Failed to fetch]" {
		t.Fatalf("pageResult = %q, finished %v, found %v", lines, finished, found)
	}
	if _, finished, found := pageResult(`<pre id="result">OK</pre>`); !found || finished {
		t.Fatalf("a page without data-done: finished %v, found %v; want found, not finished", finished, found)
	}
}

// TestLoad runs the real browser: a refused and an accepted cross-origin
// fetch, the console error Chromium prints for the refusal, and that the page
// loads only after its script has finished.
func TestLoad(t *testing.T) {
	t.Parallel()
	rec := Record(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		switch r.URL.Path {
		case "/wildcard":
			w.Header().Set("Access-Control-Allow-Origin", "*")
			w.Header().Set("Access-Control-Allow-Credentials", "true")
		case "/exact":
			w.Header().Set("Access-Control-Allow-Origin", origin)
			w.Header().Set("Access-Control-Allow-Credentials", "true")
			w.Header().Set("Vary", "Origin")
		}
		fmt.Fprint(w, "data")
	}))
	api := httptest.NewServer(rec)
	defer api.Close()
	apiOrigin := Origin(api, "api.example.localhost")
	page := httptest.NewServer(NewPage(fmt.Sprintf(`
await tryFetch(%[1]q + '/wildcard', {credentials: 'include'});
await new Promise((resolve) => setTimeout(resolve, 300)); // the load must wait for this too
await tryFetch(%[1]q + '/exact', {credentials: 'include'});
`, apiOrigin)))
	defer page.Close()

	r := Load(t, Origin(page, "app.example.localhost")+"/")
	want := []string{"ERR TypeError: Failed to fetch", "OK 200 data"}
	if fmt.Sprint(r.Lines) != fmt.Sprint(want) {
		t.Fatalf("page reported %q, want %q", r.Lines, want)
	}
	msg := r.CORSError()
	if !strings.Contains(msg, "/wildcard' from origin 'http://app.example.localhost:") ||
		!strings.Contains(msg, "must not be the wildcard '*' when the request's credentials mode is 'include'") {
		t.Fatalf("no CORS error for /wildcard on the console; console: %q", r.Console)
	}
	if n := len(r.Console); n != 1 {
		t.Fatalf("want exactly one console message (the refusal of /wildcard), got %d: %q", n, r.Console)
	}
	// The server answered both; the browser refused the first response.
	var got []string
	for _, q := range rec.Requests() {
		got = append(got, strings.Replace(q.String(), Origin(page, "app.example.localhost"), "APP", 1))
	}
	if want := "[GET /wildcard from APP → 200 GET /exact from APP → 200]"; fmt.Sprint(got) != want {
		t.Fatalf("recorded %q, want %s", got, want)
	}
}

// TestThirdPartyCookies checks that the cookie setting is honoured: a cookie
// of 127.0.0.1 goes with a credentialed fetch from app.localhost (another
// site) only with AllowThirdPartyCookies.
func TestThirdPartyCookies(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	var cookies []string
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/login": // a top-level visit sets the cookie, then goes on to the page
			http.SetCookie(w, &http.Cookie{Name: "sid", Value: "s3cret", Path: "/", Secure: true, HttpOnly: true, SameSite: http.SameSiteNoneMode})
			http.Redirect(w, r, r.URL.Query().Get("next"), http.StatusSeeOther)
		case "/me":
			mu.Lock()
			cookies = append(cookies, r.Header.Get("Cookie"))
			mu.Unlock()
			w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin"))
			w.Header().Set("Access-Control-Allow-Credentials", "true")
			fmt.Fprint(w, "me")
		}
	}))
	defer api.Close()
	page := httptest.NewServer(NewPage(fmt.Sprintf(`await tryFetch(%q, {credentials: 'include'});`, api.URL+"/me")))
	defer page.Close()
	login := api.URL + "/login?next=" + Origin(page, "app.localhost") + "/"

	for _, allow := range []bool{false, true} {
		var opts []Option
		if allow {
			opts = append(opts, AllowThirdPartyCookies())
		}
		mu.Lock()
		cookies = nil
		mu.Unlock()
		r := Load(t, login, opts...)
		if !r.Reported("OK 200 me") {
			t.Fatalf("allow=%v: page reported %q, want OK 200 me", allow, r.Lines)
		}
		mu.Lock()
		got := fmt.Sprintf("%q", cookies)
		mu.Unlock()
		want := `[""]`
		if allow {
			want = `["sid=s3cret"]`
		}
		if got != want {
			t.Fatalf("AllowThirdPartyCookies=%v: the API received Cookie headers %s, want %s", allow, got, want)
		}
	}
}
