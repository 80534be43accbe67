// Package massassign shows a signup handler that decodes the request body
// straight into the stored model, so a client can set fields it must not.
package massassign

import (
	"context"
	"database/sql"
	"encoding/json"
	"net/http"
)

// User is a row of the users table, and what the API answers with.
type User struct {
	ID      int64  `json:"id"`
	Email   string `json:"email"`
	Name    string `json:"name"`
	IsAdmin bool   `json:"is_admin"`
}

// Server serves the users API from PostgreSQL.
type Server struct{ db *sql.DB }

// NewServer routes POST /users to the signup handler.
func NewServer(db *sql.DB) http.Handler {
	s := &Server{db: db}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /users", s.createUser)
	return mux
}

// insertUser stores every column of u and sets u.ID. The admin console uses
// it too, so it writes IsAdmin as it is given.
func (s *Server) insertUser(ctx context.Context, u *User) error {
	return s.db.QueryRowContext(ctx,
		`INSERT INTO users (email, name, is_admin) VALUES ($1, $2, $3) RETURNING id`,
		u.Email, u.Name, u.IsAdmin).Scan(&u.ID)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
