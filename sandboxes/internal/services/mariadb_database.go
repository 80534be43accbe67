package services

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/go-sql-driver/mysql" // registers the "mysql" database/sql driver
)

// MariaDBEnv carries the shared MariaDB server's DSN (go-sql-driver/mysql's format) from the
// proof runner to go test.
const MariaDBEnv = "GOPITFALLS_MARIADB_DSN"

// MariaDBDSN gives the test a fresh database of its own on the run's MariaDB server and returns
// its DSN in go-sql-driver/mysql's format, without parameters (user@tcp(127.0.0.1:port)/name),
// so the test adds the ones it is about. The database is dropped when the test ends. Without a
// server the test fails (never skips), saying how to get one.
func MariaDBDSN(t testing.TB) string {
	t.Helper()
	admin := os.Getenv(MariaDBEnv)
	if admin == "" {
		t.Fatalf("%s is not set: this proof needs MariaDB (proof.yaml services: [mariadb]). "+
			"Run it with `npm run proofs -- <slug>`, which starts one, or start one yourself with "+
			"`go run ./internal/services/supervise mariadb` and export its dsn as %s. %s",
			MariaDBEnv, MariaDBEnv, InstallHint)
	}
	cfg, err := mysql.ParseDSN(admin)
	if err != nil {
		t.Fatalf("%s is not a go-sql-driver/mysql DSN: %v", MariaDBEnv, err)
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "t_" + hex.EncodeToString(b) // unique, so tests of one run can share the server in parallel
	exec := func(queries ...func(context.Context, *sql.DB) error) error {
		db, err := sql.Open("mysql", admin)
		if err != nil {
			return err
		}
		defer db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		for _, q := range queries {
			if err := q(ctx, db); err != nil {
				return err
			}
		}
		return nil
	}
	run := func(query string) func(context.Context, *sql.DB) error {
		return func(ctx context.Context, db *sql.DB) error { _, err := db.ExecContext(ctx, query); return err }
	}
	if err := exec(run("CREATE DATABASE " + name)); err != nil {
		t.Fatalf("creating the test's database on %s: %v", admin, err)
	}
	t.Cleanup(func() {
		// MariaDB's DROP DATABASE waits for every session holding a lock in it (a transaction a
		// bad variant left open), so end those sessions first, as PostgreSQL's DROP … WITH (FORCE)
		// does: https://mariadb.com/kb/en/drop-database/ (metadata locks).
		if err := exec(killSessionsIn(name), run("DROP DATABASE IF EXISTS "+name)); err != nil {
			t.Errorf("dropping %s: %v", name, err)
		}
	})
	cfg.DBName = name
	return cfg.FormatDSN()
}

// MariaDBDB opens the test's fresh database with go-sql-driver/mysql and no DSN parameters
// (the driver's defaults); closed when the test ends.
func MariaDBDB(t testing.TB) *sql.DB {
	t.Helper()
	db, err := sql.Open("mysql", MariaDBDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// killSessionsIn ends every other session whose current database is name.
func killSessionsIn(name string) func(context.Context, *sql.DB) error {
	return func(ctx context.Context, db *sql.DB) error {
		rows, err := db.QueryContext(ctx, "SELECT ID FROM information_schema.PROCESSLIST WHERE DB = ? AND ID <> CONNECTION_ID()", name)
		if err != nil {
			return err
		}
		var ids []int64
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			ids = append(ids, id)
		}
		if err := rows.Close(); err != nil {
			return err
		}
		for _, id := range ids {
			// A session that ended meanwhile answers "Unknown thread id": nothing left to end.
			var me *mysql.MySQLError
			if _, err := db.ExecContext(ctx, fmt.Sprintf("KILL CONNECTION %d", id)); err != nil && !(errors.As(err, &me) && me.Number == 1094) {
				return err
			}
		}
		return nil
	}
}
