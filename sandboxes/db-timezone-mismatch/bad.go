//go:build bad

package tzshift

import (
	"context"
	"database/sql"
)

// #region postgres
// CreatePostgresTable creates the events table on PostgreSQL.
func CreatePostgresTable(ctx context.Context, db *sql.DB) error {
	_, err := db.ExecContext(ctx, "CREATE TABLE events (id bigint PRIMARY KEY, happened_at timestamp NOT NULL)") // [!bug] [!note] timestamp is "without time zone": pgx stores the writer's wall clock and drops its offset
	return err
}

// #endregion

// #region mariadb
// MariaDBDSN adds the driver settings every service uses to the server's DSN.
func MariaDBDSN(server string) string {
	return server + "?parseTime=true&loc=Local" // [!bug] [!note] loc=Local: each service turns DATETIME wall clocks to and from its own machine's zone
}

// #endregion
