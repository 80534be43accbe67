// Package orders serves orders as JSON to a web front end written in
// JavaScript.
package orders

import (
	"encoding/json"
	"net/http"
	"strconv"
)

// Handler serves GET /orders (the latest orders) and GET /orders/{id}.
func Handler(all []Order) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /orders", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, all)
	})
	mux.HandleFunc("GET /orders/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
		if err != nil {
			http.Error(w, "bad order id", http.StatusBadRequest)
			return
		}
		for _, o := range all {
			if o.ID == id {
				writeJSON(w, o)
				return
			}
		}
		http.NotFound(w, r)
	})
	return mux
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(v); err != nil {
		http.Error(w, "encoding failed", http.StatusInternalServerError)
	}
}
