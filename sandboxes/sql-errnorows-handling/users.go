// Package users serves user records from PostgreSQL and shows how a missing
// row should reach the client: as 404, not as a server error.
package users

import (
	"context"
	"database/sql"
	"fmt"
)

// User is one row of the users table.
type User struct {
	ID   int64  `json:"id"`
	Name string `json:"name"`
}

// FindUser loads one user. Like most repository code it wraps the error with
// what it was doing, so the caller sees sql.ErrNoRows only inside the chain.
func FindUser(ctx context.Context, db *sql.DB, id int64) (User, error) {
	u := User{ID: id}
	err := db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = $1", id).Scan(&u.Name)
	if err != nil {
		return User{}, fmt.Errorf("find user %d: %w", id, err)
	}
	return u, nil
}
