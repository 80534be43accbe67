// Package pgxconnbusy shows that a pgx connection (and so a pgx.Tx) runs one
// statement at a time: while a Rows is open, the next statement on the same
// connection fails with "conn busy".
package pgxconnbusy

import "time"

// Due is a subscription whose renewal date has come.
type Due struct {
	ID        int64
	PlanCents int64
	RenewsOn  time.Time
}

// The two writes a renewal makes.
const (
	insertInvoice = `INSERT INTO invoices (subscription_id, amount_cents, period_start) VALUES ($1, $2, $3)`
	moveRenewal   = `UPDATE subscriptions SET renews_on = $2 WHERE id = $1`
)
