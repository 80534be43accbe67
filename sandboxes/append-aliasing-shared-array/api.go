// Package stats serves dashboard breakdowns, such as visits per country,
// from a cache that a background job refreshes every few minutes.
package stats

import (
	"encoding/json"
	"net/http"
	"strconv"
	"sync"
)

// Row is one line of a breakdown.
type Row struct {
	Label string `json:"label"`
	Count int    `json:"count"`
}

// Dashboard holds the latest breakdown, biggest count first.
type Dashboard struct {
	mu        sync.Mutex
	countries []Row
}

// SetCountries replaces the cached breakdown; the refresh job calls it.
func (d *Dashboard) SetCountries(rows []Row) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.countries = rows
}

// Handler serves GET /stats/countries?top=N: the N biggest countries and
// one "other" row for the rest.
func (d *Dashboard) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /stats/countries", func(w http.ResponseWriter, r *http.Request) {
		n, err := strconv.Atoi(r.URL.Query().Get("top"))
		if err != nil || n < 1 {
			http.Error(w, "top must be a positive number", http.StatusBadRequest)
			return
		}
		d.mu.Lock()
		rows := topWithOther(d.countries, n)
		d.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		if err := json.NewEncoder(w).Encode(rows); err != nil {
			http.Error(w, "encoding failed", http.StatusInternalServerError)
		}
	})
	return mux
}
