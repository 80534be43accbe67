//go:build bad

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
		rows, err := db.Query(weeklyReport) // [!bug] [!note] no context: nothing tells the database the client has gone
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
