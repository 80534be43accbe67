package scannull

import (
	"database/sql"
	"testing"
	"time"

	"gopitfalls.dev/sandboxes/internal/services"
)

// TestProfilesWithNullColumns loads three users from PostgreSQL: one with every
// column set, one who never logged in (last_login NULL) and one without a
// nickname (nickname NULL). All three are valid profiles and must load.
func TestProfilesWithNullColumns(t *testing.T) {
	db := services.PostgresDB(t)
	ctx := t.Context()
	for _, q := range []string{
		`CREATE TABLE users (
			id         bigint PRIMARY KEY,
			email      text NOT NULL,
			nickname   text,
			last_login timestamptz
		)`,
		`INSERT INTO users VALUES
			(1, 'ada@example.com', 'ada', '2026-11-30 08:15:00+00'),
			(2, 'bo@example.com',  'bo',  NULL),
			(3, 'cy@example.com',  NULL,  '2026-12-01 10:00:00+00')`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	// The server's own view: the NULLs are there, not empty strings.
	var nullNick, nullLogin int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FILTER (WHERE nickname IS NULL),
		count(*) FILTER (WHERE last_login IS NULL) FROM users`).Scan(&nullNick, &nullLogin); err != nil {
		t.Fatal(err)
	}
	t.Logf("PostgreSQL holds %d row with nickname NULL and %d with last_login NULL", nullNick, nullLogin)

	logWhatScanDoes(t, db)

	ada := time.Date(2026, 11, 30, 8, 15, 0, 0, time.UTC)
	cy := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	want := []struct {
		id       int64
		email    string
		nickname string
		login    time.Time // zero: never logged in
	}{
		{1, "ada@example.com", "ada", ada},
		{2, "bo@example.com", "bo", time.Time{}},
		{3, "cy@example.com", "", cy},
	}
	for _, w := range want {
		p, err := FindProfile(ctx, db, w.id)
		if err != nil {
			t.Errorf("FindProfile(%d): %v", w.id, err)
			continue
		}
		if p.ID != w.id || p.Email != w.email || p.Nickname != w.nickname || !p.LastLogin.Equal(w.login) {
			t.Errorf("FindProfile(%d) = {%d %q %q %v}, want {%d %q %q %v}",
				w.id, p.ID, p.Email, p.Nickname, p.LastLogin, w.id, w.email, w.nickname, w.login)
		}
	}
}

// logWhatScanDoes records, in both variants' output, what database/sql does
// with destinations that cannot take a value: the page's myth callout
// ("Scan into an uninitialised variable panics") rests on these lines.
func logWhatScanDoes(t *testing.T, db *sql.DB) {
	ctx := t.Context()
	var nick string
	err := db.QueryRowContext(ctx, "SELECT nickname FROM users WHERE id = 1").Scan(nick)
	t.Logf("Scan(nick) with nick a string, not a pointer: %v", err)

	var nilNick *string
	err = db.QueryRowContext(ctx, "SELECT nickname FROM users WHERE id = 1").Scan(nilNick)
	t.Logf("Scan(p) with p a nil *string: %v", err)

	var ptrNick *string
	err = db.QueryRowContext(ctx, "SELECT nickname FROM users WHERE id = 3").Scan(&ptrNick)
	t.Logf("Scan(&p) with p a *string, column NULL: p == nil is %v, error %v", ptrNick == nil, err)

	// A nil *time.Time receiving a timestamp: convert.go's time.Time case
	// assigns through the pointer without a nil check.
	rows, err := db.QueryContext(ctx, "SELECT last_login FROM users WHERE id = 1")
	if err != nil {
		t.Fatal(err)
	}
	rows.Next()
	var nilWhen *time.Time
	func() {
		defer func() { t.Logf("Rows.Scan(p) with p a nil *time.Time: panic: %v", recover()) }()
		_ = rows.Scan(nilWhen)
	}()
	// rows is not closed: Scan panicked while holding the lock that Close
	// needs (sql.go, Rows.Scan), so Close would block. The same happens inside
	// Row.Scan, whose deferred Close runs during the panic:
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = db.QueryRowContext(ctx, "SELECT last_login FROM users WHERE id = 1").Scan(nilWhen)
	}()
	select {
	case <-done:
		t.Logf("QueryRow(...).Scan(p) with p a nil *time.Time returned")
	case <-time.After(2 * time.Second):
		t.Logf("QueryRow(...).Scan(p) with p a nil *time.Time: no panic reached the caller, and the call had not returned after 2s")
	}
}
