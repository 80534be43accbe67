// Package shop serves a single-page front end and its JSON API from one Go binary.
package shop

import (
	"embed"
	"encoding/json"
	"io/fs"
	"net/http"
)

// The front end's build output: index.html (the app shell) and hashed assets.
//
//go:embed dist
var dist embed.FS

// site is dist/ re-rooted, so "index.html" and "assets/…" resolve.
var site, _ = fs.Sub(dist, "dist")

// registerAPI adds the JSON API's routes.
func registerAPI(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/orders", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode([]map[string]any{{"id": 1, "total": 4200}})
	})
}
