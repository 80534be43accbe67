//go:build bad

package poolconfig

import "database/sql"

// #region main
// OpenDB opens the service's PostgreSQL connection pool.
func OpenDB(dsn string) (*sql.DB, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, err
	}
	return db, nil // [!note] database/sql's defaults: no limit on open connections, and only 2 kept idle between bursts
}

// #endregion
