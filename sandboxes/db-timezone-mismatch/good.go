//go:build !bad

package tzshift

import (
	"context"
	"database/sql"
)

// #region postgres
// CreatePostgresTable creates the events table on PostgreSQL.
func CreatePostgresTable(ctx context.Context, db *sql.DB) error {
	_, err := db.ExecContext(ctx, "CREATE TABLE events (id bigint PRIMARY KEY, happened_at timestamptz NOT NULL)") // [!fix] [!note] timestamptz stores the instant (as UTC) whatever the writer's zone
	return err
}

// #endregion

// #region mariadb
// MariaDBDSN adds the driver settings every service uses to the server's DSN.
func MariaDBDSN(server string) string {
	return server + "?parseTime=true&loc=UTC" // [!fix] [!note] the same zone in every service: the driver writes and reads DATETIME as UTC wall clocks
}

// #endregion
