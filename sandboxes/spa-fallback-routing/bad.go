//go:build bad

package shop

import (
	"io/fs"
	"net/http"
	"strings"
)

// #region main
// Handler serves the API and the single-page app.
func Handler() http.Handler {
	mux := http.NewServeMux()
	registerAPI(mux)
	files := http.FileServerFS(site)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if _, err := fs.Stat(site, strings.TrimPrefix(r.URL.Path, "/")); err != nil {
			http.ServeFileFS(w, r, site, "index.html") // [!bug] [!note] every miss gets the app shell: deep links, but also /api/ typos and stale asset URLs
			return
		}
		files.ServeHTTP(w, r)
	})
	return mux
}

// #endregion
