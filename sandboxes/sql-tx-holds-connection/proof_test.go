package txconn

import (
	"context"
	"database/sql"
	"errors"
	"testing"
	"time"

	"gopitfalls.dev/sandboxes/internal/services"
)

// TestFailedTransferReleasesConnection runs a transfer that succeeds and one
// that is refused, then asks for a balance with a 300ms deadline. The pool
// has one connection, so the query can only run if both transfers gave it back.
func TestFailedTransferReleasesConnection(t *testing.T) {
	// A fresh database of this test's own on the run's PostgreSQL, through
	// pgx's database/sql driver; pooling and waiting are database/sql's own.
	dsn := services.PostgresDSN(t)
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.SetMaxOpenConns(1) // a small pool shows one stuck connection at once

	mustExec(t, db, "CREATE TABLE accounts (id TEXT PRIMARY KEY, balance BIGINT)")
	mustExec(t, db, "INSERT INTO accounts (id, balance) VALUES ($1, $2), ($3, $4)", "alice", 100, "bob", 0)

	// t.Context stays alive for the whole test, as a long-lived worker's
	// context would, so database/sql never rolls back on its own here.
	ctx := t.Context()
	if err := Transfer(ctx, db, "alice", "bob", 30); err != nil {
		t.Fatalf("transfer of 30: %v", err)
	}
	if err := Transfer(ctx, db, "alice", "bob", 500); !errors.Is(err, ErrInsufficientFunds) {
		t.Fatalf("transfer of 500: got %v, want ErrInsufficientFunds", err)
	}

	qctx, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel()
	var alice int64
	err = db.QueryRowContext(qctx, "SELECT balance FROM accounts WHERE id = $1", "alice").Scan(&alice)
	if err != nil {
		s := db.Stats()
		t.Fatalf("balance query after the refused transfer: %v (db.Stats: MaxOpenConnections=%d, InUse=%d, WaitCount=%d; "+
			"pg_stat_activity: %d session idle in transaction): the refused transfer's transaction still holds the only connection",
			err, s.MaxOpenConnections, s.InUse, s.WaitCount, idleInTransaction(t, dsn))
	}
	if alice != 70 {
		t.Fatalf("alice has %d, want 70: the refused transfer's debit was not undone", alice)
	}
}

// idleInTransaction asks PostgreSQL, over a connection of its own (the pool's
// only one is taken), how many sessions of this database sit in an open
// transaction doing nothing.
func idleInTransaction(t *testing.T, dsn string) int {
	t.Helper()
	mon, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer mon.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var n int
	if err := mon.QueryRowContext(ctx, `SELECT count(*) FROM pg_stat_activity
		WHERE datname = current_database() AND state = 'idle in transaction'`).Scan(&n); err != nil {
		t.Fatalf("reading pg_stat_activity: %v", err)
	}
	return n
}

func mustExec(t *testing.T, db *sql.DB, query string, args ...any) {
	t.Helper()
	if _, err := db.Exec(query, args...); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}
