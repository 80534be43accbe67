//go:build bad

package web

import "net/http"

// #region main
// Handler serves the front end under /static/.
func Handler() (http.Handler, error) {
	mux := http.NewServeMux()
	mux.Handle("GET /static/", http.StripPrefix("/static/",
		http.FileServerFS(assets))) // [!bug] [!note] the root of assets holds one entry, dist/, so "assets/app.js" is not found
	return mux, nil
}

// #endregion
