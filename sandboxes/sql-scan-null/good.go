//go:build !bad

package scannull

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// #region main
// FindProfile loads one user's profile.
func FindProfile(ctx context.Context, db *sql.DB, id int64) (Profile, error) {
	var (
		nickname  sql.NullString      // [!note] Valid is false when the column is NULL
		lastLogin sql.Null[time.Time] // [!note] the generic form (Go 1.22) works for any type
	)
	p := Profile{ID: id}
	err := db.QueryRowContext(ctx,
		"SELECT email, nickname, last_login FROM users WHERE id = $1", id,
	).Scan(&p.Email, &nickname, &lastLogin) // [!note] the nullable columns go into the wrappers; email is NOT NULL and scans straight into the string
	if err != nil {
		return Profile{}, fmt.Errorf("find profile %d: %w", id, err)
	}
	p.Nickname = nickname.String // [!fix] [!note] "" when NULL: the profile decides what NULL means
	p.LastLogin = lastLogin.V    // [!fix] the zero time.Time when NULL
	return p, nil
}

// #endregion
