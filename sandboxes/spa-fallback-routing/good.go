//go:build !bad

package shop

import (
	"net/http"
	"path"
)

// #region main
// Handler serves the API and the single-page app.
func Handler() http.Handler {
	mux := http.NewServeMux()
	registerAPI(mux)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) { // [!fix] [!note] the API owns /api/, so an unknown endpoint is a JSON 404
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		w.Write([]byte(`{"error":"no such endpoint"}`))
	})
	files := http.FileServerFS(site)
	mux.Handle("/assets/", files) // [!note] real files only: a stale hashed name is a plain 404, never HTML
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if path.Ext(r.URL.Path) != "" { // favicon.ico, robots.txt: a file or a 404 // [!fix]
			files.ServeHTTP(w, r)
			return
		}
		http.ServeFileFS(w, r, site, "index.html") // [!note] only page routes get the app shell; the client-side router takes it from there
	})
	return mux
}

// #endregion
