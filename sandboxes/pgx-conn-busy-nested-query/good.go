//go:build !bad

package pgxconnbusy

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// #region main
// RenewDue bills every subscription due on or before today and moves its
// renewal date a month on, all in one transaction. It returns how many it renewed.
func RenewDue(ctx context.Context, pool *pgxpool.Pool, today time.Time) (int, error) {
	tx, err := pool.Begin(ctx)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback(ctx) // does nothing once Commit has succeeded

	rows, err := tx.Query(ctx, `SELECT id, plan_cents, renews_on FROM subscriptions
		WHERE renews_on <= $1 ORDER BY id FOR UPDATE`, today)
	if err != nil {
		return 0, err
	}
	// Read every row first: CollectRows closes rows, which frees the connection.
	due, err := pgx.CollectRows(rows, pgx.RowToStructByPos[Due]) // [!fix] [!note] rows is closed when this returns, so the connection is free again
	if err != nil {
		return 0, err
	}

	for _, s := range due { // [!note] only now does the transaction send its writes
		if _, err := tx.Exec(ctx, insertInvoice, s.ID, s.PlanCents, s.RenewsOn); err != nil {
			return 0, fmt.Errorf("invoice for subscription %d: %w", s.ID, err)
		}
		if _, err := tx.Exec(ctx, moveRenewal, s.ID, s.RenewsOn.AddDate(0, 1, 0)); err != nil {
			return 0, fmt.Errorf("renewal date of subscription %d: %w", s.ID, err)
		}
	}
	return len(due), tx.Commit(ctx)
}

// #endregion
