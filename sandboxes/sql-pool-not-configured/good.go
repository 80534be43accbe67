//go:build !bad

package poolconfig

import (
	"database/sql"
	"time"
)

// #region main
// OpenDB opens the service's PostgreSQL connection pool.
func OpenDB(dsn string) (*sql.DB, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(maxConns)            // [!fix] [!note] at most 4 connections, below the role's limit of 5: past that, a query waits for a free one
	db.SetMaxIdleConns(maxConns)            // [!fix] [!note] keep all 4 between bursts instead of closing all but 2
	db.SetConnMaxIdleTime(5 * time.Minute)  // [!note] gives a connection back to the server after 5 idle minutes
	db.SetConnMaxLifetime(30 * time.Minute) // [!note] replaces each connection after 30 minutes, so none lives forever
	return db, nil
}

// #endregion
