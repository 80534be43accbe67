package services

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
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
	exec := func(query string) error {
		db, err := sql.Open("mysql", admin)
		if err != nil {
			return err
		}
		defer db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_, err = db.ExecContext(ctx, query)
		return err
	}
	if err := exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("creating the test's database on %s: %v", admin, err)
	}
	t.Cleanup(func() {
		if err := exec("DROP DATABASE IF EXISTS " + name); err != nil {
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
