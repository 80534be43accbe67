//go:build !bad

package txconn

import (
	"context"
	"database/sql"
)

// #region main
// Transfer moves amount from one account to another in one transaction.
func Transfer(ctx context.Context, db *sql.DB, from, to string, amount int64) error {
	tx, err := db.BeginTx(ctx, nil) // takes a connection from the pool
	if err != nil {
		return err
	}
	// Ends the transaction on every return path. After a successful Commit it
	// does nothing and returns sql.ErrTxDone, which is safe to ignore.
	defer tx.Rollback() // [!fix] [!note] written once, right after BeginTx succeeds

	if _, err := tx.ExecContext(ctx, "UPDATE accounts SET balance = balance - $1 WHERE id = $2", amount, from); err != nil {
		return err
	}
	var left int64
	if err := tx.QueryRowContext(ctx, "SELECT balance FROM accounts WHERE id = $1", from).Scan(&left); err != nil {
		return err
	}
	if left < 0 {
		return ErrInsufficientFunds // [!note] the deferred Rollback undoes the debit and returns the connection
	}
	if _, err := tx.ExecContext(ctx, "UPDATE accounts SET balance = balance + $1 WHERE id = $2", amount, to); err != nil {
		return err
	}
	return tx.Commit()
}

// #endregion
