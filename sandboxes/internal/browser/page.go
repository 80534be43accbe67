package browser

import (
	"fmt"
	"net/http"
	"time"
)

// PageTimeout bounds how long a page keeps loading while its script runs.
// After it the page finishes loading anyway, and Load reports that the
// script did not finish.
const PageTimeout = 30 * time.Second

// Page serves one HTML page whose script runs in the browser. Serve it with
// httptest.NewServer(browser.NewPage(script)) and open it with Load.
//
// The script is the body of an async function, so it may use await. It can
// call two helpers:
//
//	report(line)            adds a line to the result that Load returns
//	tryFetch(url, init)     fetch(url, init) that reports "OK <status> <body>"
//	                        or "ERR <error>", and returns the Response or null
//
// An exception the script does not catch is reported as "ERR <error>".
//
// Chromium prints the DOM as soon as the page has loaded, and a fetch does not
// hold up the load event. So Page streams the HTML and finishes the document
// only after the script has told it (POST /done) that it is done, or after
// PageTimeout. Nothing depends on timing: the browser cannot finish loading
// the page before the script has finished.
type Page struct {
	script string
	done   chan struct{}
}

// NewPage returns a page that runs script.
func NewPage(script string) *Page {
	return &Page{script: script, done: make(chan struct{}, 16)}
}

func (p *Page) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.URL.Path == "/" && (r.Method == http.MethodGet || r.Method == http.MethodHead):
		p.serve(w, r)
	case r.URL.Path == "/done" && r.Method == http.MethodPost:
		select {
		case p.done <- struct{}{}:
		default:
		}
		w.WriteHeader(http.StatusNoContent)
	case r.URL.Path == "/favicon.ico":
		w.WriteHeader(http.StatusNoContent)
	default:
		http.NotFound(w, r)
	}
}

const pageHead = `<!doctype html>
<html><head><meta charset="utf-8"><title>proof page</title></head>
<body>
<pre id="result"></pre>
<script>
const result = document.getElementById('result');
function report(line) { result.textContent += line + '\n'; }
async function tryFetch(url, init) {
  try {
    const res = await fetch(url, init);
    const body = (await res.clone().text()).trim();
    report('OK ' + res.status + (body ? ' ' + body : ''));
    return res;
  } catch (e) {
    report('ERR ' + e);
    return null;
  }
}
(async () => {
%s
})().catch((e) => report('ERR ' + e)).finally(() => {
  result.dataset.done = '1';
  return fetch('/done', {method: 'POST'});
});
</script>
`

func (p *Page) serve(w http.ResponseWriter, r *http.Request) {
	// The charset in the header spares the browser any sniffing, so it parses
	// and runs the script as soon as this first part arrives.
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	fmt.Fprintf(w, pageHead, p.script)
	if r.Method == http.MethodHead {
		return
	}
	http.NewResponseController(w).Flush()
	t := time.NewTimer(PageTimeout)
	defer t.Stop()
	select {
	case <-p.done:
	case <-t.C:
	case <-r.Context().Done():
		return
	}
	fmt.Fprint(w, "</body></html>\n")
}
