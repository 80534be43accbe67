// Package tzshift records when an event happened, in PostgreSQL and in MariaDB,
// and reads it back in another service that runs in another time zone.
package tzshift

import (
	"context"
	"database/sql"
	"time"
)

// CreateMariaDBTable creates the events table on MariaDB. DATETIME holds a
// date and a wall-clock time, with no zone: what it means depends on who reads it.
func CreateMariaDBTable(ctx context.Context, db *sql.DB) error {
	_, err := db.ExecContext(ctx, "CREATE TABLE events (id BIGINT PRIMARY KEY, happened_at DATETIME NOT NULL)")
	return err
}

// SavePostgres stores when event id happened.
func SavePostgres(ctx context.Context, db *sql.DB, id int64, at time.Time) error {
	_, err := db.ExecContext(ctx, "INSERT INTO events (id, happened_at) VALUES ($1, $2)", id, at)
	return err
}

// LoadPostgres reads when event id happened.
func LoadPostgres(ctx context.Context, db *sql.DB, id int64) (time.Time, error) {
	var at time.Time
	err := db.QueryRowContext(ctx, "SELECT happened_at FROM events WHERE id = $1", id).Scan(&at)
	return at, err
}

// SaveMariaDB stores when event id happened.
func SaveMariaDB(ctx context.Context, db *sql.DB, id int64, at time.Time) error {
	_, err := db.ExecContext(ctx, "INSERT INTO events (id, happened_at) VALUES (?, ?)", id, at)
	return err
}

// LoadMariaDB reads when event id happened.
func LoadMariaDB(ctx context.Context, db *sql.DB, id int64) (time.Time, error) {
	var at time.Time
	err := db.QueryRowContext(ctx, "SELECT happened_at FROM events WHERE id = ?", id).Scan(&at)
	return at, err
}
