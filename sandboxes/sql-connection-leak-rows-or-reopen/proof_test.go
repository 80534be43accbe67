package rowsleak

import (
	"context"
	"database/sql"
	"testing"
	"time"

	"gopitfalls.dev/sandboxes/internal/services"
)

// TestEarlyReturnGivesConnectionBack asks for three customers' oldest unpaid
// invoice, one call after the other, then runs one more query with a 300ms
// deadline. The pool may open three connections; calls made one at a time
// need only one, so the last query can run only if the calls gave theirs back.
func TestEarlyReturnGivesConnectionBack(t *testing.T) {
	// A fresh database of this test's own on the run's PostgreSQL, through
	// pgx's database/sql driver; pooling and waiting are database/sql's own.
	dsn := services.PostgresDSN(t)
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	db.SetMaxOpenConns(3)

	mustExec(t, db, "CREATE TABLE invoices (id BIGINT PRIMARY KEY, customer TEXT NOT NULL, issued DATE NOT NULL, paid BOOLEAN NOT NULL)")
	mustExec(t, db, `INSERT INTO invoices (id, customer, issued, paid) VALUES
		(1, 'alice', '2026-01-05', true), (2, 'alice', '2026-02-05', false), (3, 'alice', '2026-03-05', false),
		(4, 'bob',   '2026-01-07', true), (5, 'bob',   '2026-02-07', false), (6, 'bob',   '2026-03-07', false),
		(7, 'carol', '2026-01-09', true), (8, 'carol', '2026-02-09', false), (9, 'carol', '2026-03-09', false)`)

	// t.Context stays alive for the whole test, as a long-lived worker's
	// context would, so database/sql never closes the rows on its own here.
	ctx := t.Context()
	for _, c := range []struct {
		customer string
		want     int64
	}{{"alice", 2}, {"bob", 5}, {"carol", 8}} {
		got, callErr := OldestUnpaid(ctx, db, c.customer)
		if callErr != nil || got != c.want {
			t.Fatalf("OldestUnpaid(%s) = %d, %v; want %d, nil", c.customer, got, callErr, c.want)
		}
	}

	qctx, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel()
	var unpaid int
	err = db.QueryRowContext(qctx, "SELECT count(*) FROM invoices WHERE NOT paid").Scan(&unpaid)
	s := db.Stats()
	sessions, leftOnInvoices := appSessions(t, dsn)
	if err != nil {
		t.Fatalf("query after 3 calls to OldestUnpaid: %v (db.Stats: MaxOpenConnections=%d, InUse=%d, Idle=%d, WaitCount=%d; "+
			"pg_stat_activity: %d sessions of this database, %d of them last ran OldestUnpaid's SELECT): "+
			"each call kept the connection its rows were read from",
			err, s.MaxOpenConnections, s.InUse, s.Idle, s.WaitCount, sessions, leftOnInvoices)
	}
	if unpaid != 6 {
		t.Fatalf("%d unpaid invoices, want 6", unpaid)
	}
	t.Logf("3 calls and the query after them used %d connection (db.Stats: MaxOpenConnections=%d, InUse=%d, Idle=%d, WaitCount=%d; "+
		"pg_stat_activity: %d session of this database)", s.OpenConnections, s.MaxOpenConnections, s.InUse, s.Idle, s.WaitCount, sessions)
}

// appSessions asks PostgreSQL, over a connection of its own (the pool may
// have none to spare), how many sessions this test's database has besides
// this one, and how many of them last ran OldestUnpaid's query.
func appSessions(t *testing.T, dsn string) (all, onInvoices int) {
	t.Helper()
	mon, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer mon.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := mon.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE query = $1) FROM pg_stat_activity
		WHERE datname = current_database() AND pid <> pg_backend_pid()`, byCustomer).Scan(&all, &onInvoices); err != nil {
		t.Fatalf("reading pg_stat_activity: %v", err)
	}
	return all, onInvoices
}

func mustExec(t *testing.T, db *sql.DB, query string) {
	t.Helper()
	if _, err := db.Exec(query); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}
