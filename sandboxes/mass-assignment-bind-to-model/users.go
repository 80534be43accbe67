// Package massassign shows a signup handler that decodes the request body
// straight into the stored model, so a client can set fields it must not.
package massassign

import (
	"context"
	"encoding/json"
	"net/http"

	"gorm.io/gorm"
)

// User is a row of the users table (GORM maps IsAdmin to is_admin), and what the API answers with.
type User struct {
	ID      int64  `json:"id"`
	Email   string `json:"email"`
	Name    string `json:"name"`
	IsAdmin bool   `json:"is_admin"`
}

// Server serves the users API from PostgreSQL through GORM.
type Server struct{ db *gorm.DB }

// NewServer routes POST /users to the signup handler.
func NewServer(db *gorm.DB) http.Handler {
	s := &Server{db: db}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /users", s.createUser)
	return mux
}

// insertUser stores u with GORM's Create, which writes every field (IsAdmin
// included, as it is given; ID only when it is not zero) and sets u.ID from
// the id PostgreSQL assigns. The admin console uses it too.
func (s *Server) insertUser(ctx context.Context, u *User) error {
	return s.db.WithContext(ctx).Create(u).Error
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
