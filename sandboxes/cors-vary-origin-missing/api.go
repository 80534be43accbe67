// Package settings is the HTTP API that two web apps on other origins, the
// shop and the admin console, call for the public store settings. The answer
// is the same for everyone, so it may be cached for five minutes.
package settings

import (
	"encoding/json"
	"net/http"
	"slices"
)

// appOrigins are the web apps' origins; proof_test.go points them at its own servers.
var appOrigins = []string{"https://shop.example.com", "https://admin.example.com"}

// NewHandler returns the API: GET /api/settings answers with the store settings.
func NewHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/settings", storeSettings)
	return withCORS(mux)
}

func storeSettings(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "public, max-age=300")
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]string{"currency": "EUR", "locale": "de-DE"})
}

// allowed reports whether origin is one of our web apps.
func allowed(origin string) bool { return slices.Contains(appOrigins, origin) }
