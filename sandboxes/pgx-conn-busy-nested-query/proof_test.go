package pgxconnbusy

import (
	"context"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"gopitfalls.dev/sandboxes/internal/services"
)

// TestRenewDueBillsEverySubscription renews three due subscriptions (and one
// not yet due) through pgxpool on a real PostgreSQL, then reads the tables
// back from the server: three invoices, and no subscription still due.
func TestRenewDueBillsEverySubscription(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	pool, err := pgxpool.New(ctx, services.PostgresDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)

	mustExec(t, pool, `CREATE TABLE subscriptions (
		id BIGINT PRIMARY KEY, plan_cents BIGINT NOT NULL, renews_on DATE NOT NULL)`)
	mustExec(t, pool, `CREATE TABLE invoices (
		id BIGSERIAL PRIMARY KEY, subscription_id BIGINT NOT NULL REFERENCES subscriptions,
		amount_cents BIGINT NOT NULL, period_start DATE NOT NULL)`)
	mustExec(t, pool, `INSERT INTO subscriptions (id, plan_cents, renews_on) VALUES
		(1, 900, '2026-11-30'), (2, 1900, '2026-12-01'), (3, 4900, '2026-12-05'), (4, 900, '2026-12-20')`)

	today := time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC)
	renewed, renewErr := RenewDue(ctx, pool, today)

	// What PostgreSQL holds now, read over the pool (RenewDue has returned its connection).
	var invoices, billed, stillDue int64
	if err := pool.QueryRow(ctx, `SELECT count(*), coalesce(sum(amount_cents), 0) FROM invoices`).Scan(&invoices, &billed); err != nil {
		t.Fatalf("reading invoices: %v", err)
	}
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM subscriptions WHERE renews_on <= $1`, today).Scan(&stillDue); err != nil {
		t.Fatalf("reading subscriptions: %v", err)
	}
	if renewErr != nil {
		t.Fatalf("RenewDue: %v (pgconn.SafeToRetry: %v, so pgx refused before sending anything); "+
			"PostgreSQL after the rollback: %d invoices, %d of 3 due subscriptions still due",
			renewErr, pgconn.SafeToRetry(renewErr), invoices, stillDue)
	}
	if renewed != 3 || invoices != 3 || billed != 900+1900+4900 || stillDue != 0 {
		t.Fatalf("RenewDue renewed %d; PostgreSQL has %d invoices for %d cents and %d subscriptions still due, "+
			"want 3 renewed, 3 invoices for 7700 cents and none still due", renewed, invoices, billed, stillDue)
	}
	var next time.Time
	if err := pool.QueryRow(ctx, `SELECT renews_on FROM subscriptions WHERE id = 1`).Scan(&next); err != nil {
		t.Fatalf("reading subscription 1: %v", err)
	}
	if want := time.Date(2026, 12, 30, 0, 0, 0, 0, time.UTC); !next.Equal(want) {
		t.Fatalf("subscription 1 now renews on %s, want %s", next.Format(time.DateOnly), want.Format(time.DateOnly))
	}
	t.Logf("renewed %d subscriptions; PostgreSQL has %d invoices for %d cents, and subscription 1 now renews on %s",
		renewed, invoices, billed, next.Format(time.DateOnly))
}

func mustExec(t *testing.T, pool *pgxpool.Pool, sql string) {
	t.Helper()
	if _, err := pool.Exec(t.Context(), sql); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}
