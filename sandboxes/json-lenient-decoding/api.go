// Package prefs serves users' notification preferences.
package prefs

import (
	"encoding/json"
	"net/http"
	"sync"
)

// Prefs are one user's notification preferences.
type Prefs struct {
	MarketingEmails bool `json:"marketing_emails"`
	WeeklyDigest    bool `json:"weekly_digest"`
}

// Update is the body of PATCH /users/{id}/preferences: a nil field is left
// as it is.
type Update struct {
	MarketingEmails *bool `json:"marketing_emails"`
	WeeklyDigest    *bool `json:"weekly_digest"`
}

// Service keeps preferences in memory.
type Service struct {
	mu    sync.Mutex
	prefs map[string]Prefs
}

func NewService(prefs map[string]Prefs) *Service { return &Service{prefs: prefs} }

func (s *Service) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("PATCH /users/{id}/preferences", func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
		var upd Update
		if err := decodeJSON(r, &upd); err != nil {
			http.Error(w, "invalid request body: "+err.Error(), http.StatusBadRequest)
			return
		}
		s.mu.Lock()
		p, ok := s.prefs[r.PathValue("id")]
		if ok {
			if upd.MarketingEmails != nil {
				p.MarketingEmails = *upd.MarketingEmails
			}
			if upd.WeeklyDigest != nil {
				p.WeeklyDigest = *upd.WeeklyDigest
			}
			s.prefs[r.PathValue("id")] = p
		}
		s.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		if err := json.NewEncoder(w).Encode(p); err != nil {
			http.Error(w, "encoding failed", http.StatusInternalServerError)
		}
	})
	return mux
}
