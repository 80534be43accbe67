//go:build !bad

package rowsleak

import (
	"context"
	"database/sql"
)

// #region main
// OldestUnpaid returns the id of the customer's oldest unpaid invoice.
func OldestUnpaid(ctx context.Context, db *sql.DB, customer string) (int64, error) {
	rows, err := db.QueryContext(ctx, byCustomer, customer) // takes a connection from the pool
	if err != nil {
		return 0, err
	}
	defer rows.Close() // [!fix] [!note] every return below gives the connection back, the early ones included

	for rows.Next() {
		var id int64
		var paid bool
		if err := rows.Scan(&id, &paid); err != nil {
			return 0, err
		}
		if !paid {
			return id, nil // [!note] the deferred Close runs here, before the caller gets the id
		}
	}
	if err := rows.Err(); err != nil { // [!note] Next also returns false on an error: tell it apart from the end
		return 0, err
	}
	return 0, ErrAllPaid
}

// #endregion
