package memdb

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"testing"
)

func TestStatementsAndTransactions(t *testing.T) {
	db := sql.OpenDB(New())
	defer db.Close()
	mustExec := func(q string, args ...any) {
		t.Helper()
		if _, err := db.Exec(q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	get := func(q interface {
		QueryRow(string, ...any) *sql.Row
	}, key string) (int64, error) {
		var v int64
		err := q.QueryRow("SELECT balance FROM accounts WHERE id = ?", key).Scan(&v)
		return v, err
	}

	mustExec("CREATE TABLE accounts (id TEXT PRIMARY KEY, balance INTEGER)")
	mustExec("INSERT INTO accounts (id, balance) VALUES (?, ?)", "alice", 100)
	mustExec("insert into accounts (id, balance) values (?, ?)", "bob", 5)
	if _, err := db.Exec("INSERT INTO accounts (id, balance) VALUES (?, ?)", "bob", 1); err == nil {
		t.Fatal("duplicate key accepted")
	}
	if _, err := db.Exec("UPDATE accounts SET amount = ? WHERE id = ?", 1, "bob"); err == nil {
		t.Fatal("unknown column accepted")
	}
	mustExec("UPDATE accounts SET balance = balance - ? WHERE id = ?", 30, "alice")
	if v, err := get(db, "alice"); err != nil || v != 70 {
		t.Fatalf("alice = %d, %v; want 70", v, err)
	}
	if _, err := get(db, "carol"); !errors.Is(err, sql.ErrNoRows) {
		t.Fatalf("missing row: %v, want sql.ErrNoRows", err)
	}

	// Uncommitted writes are visible inside the transaction only.
	tx, err := db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec("UPDATE accounts SET balance = balance + ? WHERE id = ?", 10, "bob"); err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec("DELETE FROM accounts WHERE id = ?", "alice"); err != nil {
		t.Fatal(err)
	}
	if v, _ := get(tx, "bob"); v != 15 {
		t.Fatalf("bob inside tx = %d, want 15", v)
	}
	if _, err := get(tx, "alice"); !errors.Is(err, sql.ErrNoRows) {
		t.Fatalf("deleted row inside tx: %v, want sql.ErrNoRows", err)
	}
	if v, _ := get(db, "bob"); v != 5 {
		t.Fatalf("bob outside tx = %d, want 5", v)
	}
	if err := tx.Rollback(); err != nil {
		t.Fatal(err)
	}
	if v, _ := get(db, "bob"); v != 5 {
		t.Fatalf("bob after rollback = %d, want 5", v)
	}

	tx, _ = db.Begin()
	tx.Exec("UPDATE accounts SET balance = ? WHERE id = ?", 42, "bob")
	tx.Exec("INSERT INTO accounts (id, balance) VALUES (?, ?)", "carol", 7)
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}

	rows, err := db.Query("SELECT id, balance FROM accounts ORDER BY id")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var k string
		var v int64
		if err := rows.Scan(&k, &v); err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%s=%d", k, v))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if want := "alice=70 bob=42 carol=7"; strings.Join(got, " ") != want {
		t.Fatalf("rows = %q, want %q", strings.Join(got, " "), want)
	}
}
