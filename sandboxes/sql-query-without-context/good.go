//go:build !bad

package querycancel

import (
	"database/sql"
	"fmt"
	"net/http"
)

// #region main
// ReportHandler runs the weekly report and writes its rows.
func ReportHandler(db *sql.DB) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// r.Context() is cancelled when the client disconnects; pgx then asks
		// PostgreSQL to cancel the running statement.
		rows, err := db.QueryContext(r.Context(), weeklyReport) // [!fix] [!note] the request's context reaches pgx, which cancels the statement on PostgreSQL when it ends
		if err != nil {
			http.Error(w, "report failed", http.StatusInternalServerError)
			return
		}
		defer rows.Close()
		for rows.Next() {
			var line string
			if err := rows.Scan(&line); err != nil {
				http.Error(w, "report failed", http.StatusInternalServerError)
				return
			}
			fmt.Fprintln(w, line)
		}
		if err := rows.Err(); err != nil {
			http.Error(w, "report failed", http.StatusInternalServerError)
		}
	})
}

// #endregion
