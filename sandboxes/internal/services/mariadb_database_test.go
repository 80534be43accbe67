package services

import (
	"context"
	"database/sql"
	"testing"
	"time"
)

// TestMariaDBDropEndsOpenTransactions: a test that leaves a transaction open (as a bad variant
// may) must not make its database's cleanup wait: MariaDB's DROP DATABASE waits for the
// transaction's metadata lock, so MariaDBDSN ends the test's other sessions first.
func TestMariaDBDropEndsOpenTransactions(t *testing.T) {
	s, err := Start(context.Background(), "mariadb")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Stop)
	t.Setenv(MariaDBEnv, s.DSN)
	var name string
	start := time.Now()
	t.Run("leaves a transaction open", func(t *testing.T) {
		db := MariaDBDB(t)
		mustExecT(t, db, "CREATE TABLE t (id INT PRIMARY KEY) ENGINE=InnoDB")
		tx, err := db.Begin()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tx.Exec("INSERT INTO t VALUES (1)"); err != nil {
			t.Fatal(err)
		}
		if err := db.QueryRow("SELECT DATABASE()").Scan(&name); err != nil {
			t.Fatal(err)
		}
		start = time.Now()
		// No Commit, no Rollback: the cleanups (close the pool, drop the database) run with tx open.
	})
	if took := time.Since(start); took > 10*time.Second {
		t.Errorf("dropping the database took %v: its cleanup waited for the open transaction", took)
	}
	admin, err := sql.Open("mysql", s.DSN)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	var n int
	if err := admin.QueryRow("SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?", name).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if name == "" || n != 0 {
		t.Errorf("database %q still exists after the test (count %d)", name, n)
	}
}

func mustExecT(t *testing.T, db *sql.DB, q string) {
	t.Helper()
	if _, err := db.Exec(q); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}
