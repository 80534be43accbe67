//go:build !bad

package web

import (
	"io/fs"
	"net/http"
)

// #region main
// Handler serves the front end under /static/.
func Handler() (http.Handler, error) {
	site, err := fs.Sub(assets, "dist") // [!fix] [!note] re-root the embedded files at dist/: "assets/app.js" now means dist/assets/app.js
	if err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("GET /static/", http.StripPrefix("/static/",
		http.FileServerFS(site)))
	return mux, nil
}

// #endregion
