//go:build bad

package scannull

import (
	"context"
	"database/sql"
	"fmt"
)

// #region main
// FindProfile loads one user's profile.
func FindProfile(ctx context.Context, db *sql.DB, id int64) (Profile, error) {
	p := Profile{ID: id}
	err := db.QueryRowContext(ctx,
		"SELECT email, nickname, last_login FROM users WHERE id = $1", id,
	).Scan(&p.Email, &p.Nickname, &p.LastLogin) // [!bug] [!note] nickname and last_login are nullable columns; a string and a time.Time have no value for NULL
	if err != nil {
		return Profile{}, fmt.Errorf("find profile %d: %w", id, err)
	}
	return p, nil
}

// #endregion
