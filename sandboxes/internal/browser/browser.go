// Package browser loads a page in headless Chromium, for the proofs whose
// failure is the browser's own decision (CORS).
//
// A proof serves a page with NewPage on one origin and its API on another,
// then calls Load. Chromium fetches the page, runs the page's script, and
// prints the DOM once the page has loaded (--dump-dom). Load returns the
// lines the script reported and the messages Chromium wrote to its console,
// such as "Access to fetch at … has been blocked by CORS policy: …", and logs
// both so that they appear in the proof's captured output.
//
// Chromium comes from CHROMIUM_PATH, else /usr/bin/chromium (Debian's
// package: apt-get install chromium). A missing browser fails the test; it is
// never skipped, because a skipped proof proves nothing.
//
// Host names: Chromium resolves localhost and every name under it
// (app.example.localhost, evil-example.localhost) to the loopback address
// itself, without DNS, so one httptest server can stand for any site. Use
// Origin to build such a URL. Two names under the same parent, such as
// app.example.localhost and api.example.localhost, are different origins of
// the same site; localhost and 127.0.0.1 are different sites.
//
// Cookies: each Load uses a fresh profile. By default it blocks third-party
// cookies (cookies on a request to another site), as Debian's Chromium does
// out of the box and Chrome does in Incognito windows; Google Chrome's regular
// windows allow them unless the user turns them off. Pass
// AllowThirdPartyCookies to get Chrome's regular-window behaviour. The profile
// sets the preference explicitly either way, so Chromium and Chrome behave
// the same; TestThirdPartyCookies checks that the browser honours it.
package browser

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// DefaultPath is where Debian's chromium package installs the browser.
const DefaultPath = "/usr/bin/chromium"

// LoadTimeout bounds one Chromium run, start to exit. A page's script gets at
// most PageTimeout of it; the rest is for a cold browser start on a loaded
// machine.
const LoadTimeout = 60 * time.Second

// Result is what one Load saw.
type Result struct {
	// URL is the page that was opened.
	URL string
	// Lines are what the page's script passed to report(), in order.
	Lines []string
	// Console holds the messages Chromium printed to its console while the
	// page ran: the page's console.log calls and the browser's own errors,
	// such as CORS refusals. Each is the message text only, without
	// Chromium's log prefix and source location.
	Console []string
	// DOM is the page's HTML as Chromium serialised it after the load.
	DOM string
}

// Reported reports whether one of the script's lines starts with prefix.
func (r Result) Reported(prefix string) bool {
	for _, l := range r.Lines {
		if strings.HasPrefix(l, prefix) {
			return true
		}
	}
	return false
}

// ConsoleWith returns the first console message containing substr, or "".
func (r Result) ConsoleWith(substr string) string {
	for _, m := range r.Console {
		if strings.Contains(m, substr) {
			return m
		}
	}
	return ""
}

// CORSError returns Chromium's first "blocked by CORS policy" message, or "".
func (r Result) CORSError() string { return r.ConsoleWith("has been blocked by CORS policy") }

// Option changes how Load starts the browser.
type Option func(*config)

type config struct {
	thirdPartyCookies bool
}

// AllowThirdPartyCookies lets the browser send and store cookies on requests
// to another site, as Google Chrome's regular windows do by default.
func AllowThirdPartyCookies() Option { return func(c *config) { c.thirdPartyCookies = true } }

// Path returns the Chromium binary Load runs: $CHROMIUM_PATH if set, else
// DefaultPath. It returns an error saying how to get one when it is missing.
func Path() (string, error) {
	p, fromEnv := os.LookupEnv("CHROMIUM_PATH")
	if !fromEnv || p == "" {
		p = DefaultPath
	}
	st, err := os.Stat(p)
	switch {
	case err != nil && fromEnv:
		return "", fmt.Errorf("CHROMIUM_PATH=%s: %v; point it at a Chromium or Chrome binary, or install Debian's chromium (apt-get install chromium) and unset it", p, err)
	case err != nil:
		return "", fmt.Errorf("no Chromium at %s (%v): this proof runs a real browser; install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary", p, err)
	case st.IsDir() || st.Mode().Perm()&0o111 == 0:
		return "", fmt.Errorf("%s is not an executable file; install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary", p)
	}
	return p, nil
}

// Origin returns "http://host:port" for the port ts listens on, so that a
// test can give one loopback server a site name such as
// "app.example.localhost" (see the package comment).
func Origin(ts *httptest.Server, host string) string {
	u, err := url.Parse(ts.URL)
	if err != nil {
		panic(err)
	}
	return "http://" + host + ":" + u.Port()
}

// Load opens pageURL in a fresh headless Chromium, waits until the page has
// loaded (a NewPage page loads only once its script has finished) and
// returns what the page reported and what Chromium printed to its console.
// It logs both with t.Logf. It fails the test if Chromium is missing, does
// not finish within LoadTimeout, or the page's script did not finish.
func Load(t testing.TB, pageURL string, opts ...Option) Result {
	t.Helper()
	var c config
	for _, o := range opts {
		o(&c)
	}
	bin, err := Path()
	if err != nil {
		t.Fatal(err)
	}
	profile, err := newProfile(c)
	if err != nil {
		t.Fatalf("preparing a Chromium profile: %v", err)
	}
	defer removeProfile(profile)

	ctx, cancel := context.WithTimeout(context.Background(), LoadTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, append(flags(profile), pageURL)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	ownProcessGroup(cmd)
	// Chromium's helper processes inherit stdout and stderr; if one outlives
	// the browser, stop waiting for it after a few seconds.
	cmd.WaitDelay = 5 * time.Second
	started := time.Now()
	err = cmd.Run()
	killProcessGroup(cmd)
	if ctx.Err() != nil {
		t.Fatalf("Chromium (%s) did not finish loading %s within %v; its log ends:\n%s", bin, pageURL, LoadTimeout, tail(stderr.String(), 15))
	}
	if err != nil && !errors.Is(err, exec.ErrWaitDelay) {
		t.Fatalf("Chromium (%s) failed on %s after %v: %v; its log ends:\n%s", bin, pageURL, time.Since(started).Round(time.Millisecond), err, tail(stderr.String(), 15))
	}

	r := Result{URL: pageURL, DOM: stdout.String(), Console: consoleMessages(stderr.String())}
	lines, finished, found := pageResult(r.DOM)
	if !found {
		t.Fatalf("Chromium loaded %s, but the page has no <pre id=\"result\">: serve it with browser.NewPage; the DOM was:\n%s", pageURL, tail(r.DOM, 15))
	}
	r.Lines = lines
	t.Logf("Chromium opened %s", pageURL)
	for _, l := range r.Lines {
		t.Logf("  page reported: %s", l)
	}
	for _, m := range r.Console {
		t.Logf("  browser console: %s", m)
	}
	if !finished {
		t.Fatalf("the page's script did not finish within %v (Chromium printed the page before it reported done)", PageTimeout)
	}
	return r
}

// flags are Chromium's command-line switches for one run.
func flags(profile string) []string {
	return []string{
		"--headless",
		// CI runners and containers cannot use Chromium's sandbox (no
		// unprivileged user namespaces); the pages are our own.
		"--no-sandbox",
		"--disable-gpu",
		"--disable-dev-shm-usage",
		"--no-first-run",
		"--no-default-browser-check",
		"--disable-background-networking",
		"--disable-component-update",
		"--disable-sync",
		"--disable-extensions",
		// Loopback only: never send the pages through a proxy from the environment.
		"--no-proxy-server",
		"--password-store=basic",
		"--user-data-dir=" + profile,
		// Console messages (the page's and the browser's CORS errors) go to stderr.
		"--enable-logging=stderr",
		"--v=0",
		"--dump-dom",
	}
}

// newProfile creates an empty profile directory whose preferences fix the
// third-party cookie setting (see the package comment).
func newProfile(c config) (string, error) {
	dir, err := os.MkdirTemp("", "gopitfalls-chromium-")
	if err != nil {
		return "", err
	}
	// profile.cookie_controls_mode: 0 allows third-party cookies, 1 blocks them.
	mode := 1
	if c.thirdPartyCookies {
		mode = 0
	}
	prefs, _ := json.Marshal(map[string]any{"profile": map[string]any{"cookie_controls_mode": mode}})
	if err := os.MkdirAll(filepath.Join(dir, "Default"), 0o700); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(dir, "Default", "Preferences"), prefs, 0o600); err != nil {
		return "", err
	}
	return dir, nil
}

// removeProfile deletes a profile. A helper process that is still exiting
// can recreate a file while it runs, so try a few times; a leftover temporary
// directory is not worth failing a proof for.
func removeProfile(dir string) {
	for range 5 {
		if os.RemoveAll(dir) == nil {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Chromium's console lines on stderr look like
//
//	[1234:1234:1121/192348.124517:INFO:CONSOLE:0] "message", source: http://… (0)
//
// (older versions write CONSOLE(0)). The message is between the first quote
// and the last `", source: `.
var consoleLine = regexp.MustCompile(`:CONSOLE(?::\d+|\(\d+\))\] "(.*)", source: `)

func consoleMessages(stderr string) []string {
	var out []string
	for _, line := range strings.Split(stderr, "\n") {
		if m := consoleLine.FindStringSubmatch(line); m != nil {
			out = append(out, m[1])
		}
	}
	return out
}

var resultPre = regexp.MustCompile(`(?s)<pre id="result"( data-done="1")?>(.*?)</pre>`)

// pageResult extracts the lines the script reported from the dumped DOM.
func pageResult(dom string) (lines []string, finished, found bool) {
	m := resultPre.FindStringSubmatch(dom)
	if m == nil {
		return nil, false, false
	}
	for _, l := range strings.Split(html.UnescapeString(m[2]), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return lines, m[1] != "", true
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = append([]string{"…"}, lines[len(lines)-n:]...)
	}
	return strings.Join(lines, "\n")
}
