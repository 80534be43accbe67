package txconn

import (
	"context"
	"database/sql"
	"errors"
	"testing"
	"time"

	"gopitfalls.dev/sandboxes/internal/memdb"
)

// TestFailedTransferReleasesConnection runs a transfer that succeeds and one
// that is refused, then asks for a balance with a 300ms deadline. The pool
// has one connection, so the query can only run if both transfers gave it back.
func TestFailedTransferReleasesConnection(t *testing.T) {
	// memdb is an in-memory driver; pooling and waiting are database/sql's own.
	db := sql.OpenDB(memdb.New())
	t.Cleanup(func() { db.Close() })
	db.SetMaxOpenConns(1) // a small pool shows one stuck connection at once

	mustExec(t, db, "CREATE TABLE accounts (id TEXT PRIMARY KEY, balance INTEGER)")
	mustExec(t, db, "INSERT INTO accounts (id, balance) VALUES (?, ?)", "alice", 100)
	mustExec(t, db, "INSERT INTO accounts (id, balance) VALUES (?, ?)", "bob", 0)

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
	err := db.QueryRowContext(qctx, "SELECT balance FROM accounts WHERE id = ?", "alice").Scan(&alice)
	if err != nil {
		s := db.Stats()
		t.Fatalf("balance query after the refused transfer: %v (db.Stats: MaxOpenConnections=%d, InUse=%d, WaitCount=%d): "+
			"the refused transfer's transaction still holds the only connection",
			err, s.MaxOpenConnections, s.InUse, s.WaitCount)
	}
	if alice != 70 {
		t.Fatalf("alice has %d, want 70: the refused transfer's debit was not undone", alice)
	}
}

func mustExec(t *testing.T, db *sql.DB, query string, args ...any) {
	t.Helper()
	if _, err := db.Exec(query, args...); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}
