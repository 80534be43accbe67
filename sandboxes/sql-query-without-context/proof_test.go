package querycancel

import (
	"context"
	"database/sql"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"gopitfalls.dev/sandboxes/internal/services"
)

// TestAbandonedReportIsCancelledOnServer requests the report, waits until PostgreSQL is
// running its query, hangs up, and then watches pg_stat_activity: the query must stop on
// the server within 2s, not run on for the minute it would take.
func TestAbandonedReportIsCancelledOnServer(t *testing.T) {
	db := services.PostgresDB(t) // this test's own database on the run's PostgreSQL
	srv := httptest.NewServer(ReportHandler(db))
	t.Cleanup(srv.Close)
	// Runs before srv.Close (cleanups run last-in first-out): a report query still running
	// would otherwise keep its handler, and srv.Close, waiting for a minute.
	t.Cleanup(func() { terminateReports(t, db) })

	ctx, hangUp := context.WithCancel(context.Background())
	defer hangUp()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL, nil)
	clientDone := make(chan error, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
		}
		clientDone <- err
	}()

	if _, ok := waitFor(t, db, 10*time.Second, true); !ok {
		t.Fatalf("the report query never showed up as active in pg_stat_activity within 10s")
	}
	hangUp() // the client gives up, as a browser tab closed or a proxy timing out would
	select {
	case <-clientDone:
	case <-time.After(5 * time.Second):
		t.Fatalf("the client did not return 5s after its request was cancelled")
	}

	if _, stillActive := waitFor(t, db, 2*time.Second, false); stillActive {
		t.Fatalf("report query still running on PostgreSQL 2s after the client hung up "+
			"(pg_stat_activity: state active, query %q)", weeklyReport)
	}
	t.Logf("the report query is no longer active in pg_stat_activity: PostgreSQL stopped it")
}

// waitFor polls pg_stat_activity for up to limit until the report query is active (want
// true) or no longer active (want false). It returns the backend's pid and whether the
// query was active at the last look.
func waitFor(t *testing.T, db *sql.DB, limit time.Duration, want bool) (int, bool) {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		pid, active := reportBackend(t, db)
		if active == want || time.Now().After(deadline) {
			return pid, active
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// reportBackend finds the session running the report query in this test's database.
func reportBackend(t *testing.T, db *sql.DB) (int, bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var pid int
	err := db.QueryRowContext(ctx, `SELECT pid FROM pg_stat_activity
		WHERE datname = current_database() AND pid <> pg_backend_pid()
		AND state = 'active' AND query = $1`, weeklyReport).Scan(&pid)
	if err == sql.ErrNoRows {
		return 0, false
	}
	if err != nil {
		t.Fatalf("reading pg_stat_activity: %v", err)
	}
	return pid, true
}

// terminateReports ends any report query left running, so the test can finish.
func terminateReports(t *testing.T, db *sql.DB) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_, err := db.ExecContext(ctx, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
		WHERE datname = current_database() AND pid <> pg_backend_pid() AND query = $1`, weeklyReport)
	if err != nil {
		t.Errorf("ending the report query: %v", err)
	}
}
