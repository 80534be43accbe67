package services

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"
)

// PostgresEnv carries the shared server's DSN from the proof runner to go test.
const PostgresEnv = "GOPITFALLS_POSTGRES_DSN"

// PostgresDSN gives the test a fresh database of its own on the run's PostgreSQL server and
// returns its DSN; the database is dropped when the test ends. Without a server the test
// fails (never skips), saying how to get one.
func PostgresDSN(t testing.TB) string {
	t.Helper()
	admin := os.Getenv(PostgresEnv)
	if admin == "" {
		t.Fatalf("%s is not set: this proof needs PostgreSQL (proof.yaml services: [postgres]). "+
			"Run it with `npm run proofs -- <slug>`, which starts one, or start one yourself with "+
			"`go run ./internal/services/supervise postgres` and export its dsn as %s. %s",
			PostgresEnv, PostgresEnv, InstallHint)
	}
	db, err := sql.Open("pgx", admin)
	if err != nil {
		t.Fatalf("opening %s: %v", PostgresEnv, err)
	}
	defer db.Close()
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	name := "t_" + hex.EncodeToString(b) // unique, so tests of one run can share the server in parallel
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("creating the test's database on %s: %v", admin, err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", admin)
		if err != nil {
			return
		}
		defer db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		// FORCE ends sessions a bad variant left behind (PostgreSQL 13 and later).
		if _, err := db.ExecContext(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("dropping %s: %v", name, err)
		}
	})
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("%s is not a URL: %v", PostgresEnv, err)
	}
	u.Path = "/" + name
	return u.String()
}

// PostgresDB opens the test's fresh database with pgx's database/sql driver; closed when the test ends.
func PostgresDB(t testing.TB) *sql.DB {
	t.Helper()
	db, err := sql.Open("pgx", PostgresDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}
