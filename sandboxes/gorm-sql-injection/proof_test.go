package gormsqli

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"gopitfalls.dev/sandboxes/internal/services"
)

// adminKey is the secret the attacker is after; no API returns it.
const adminKey = "f3c19a07"

// TestInputStaysData sends each function the input an attacker would send, on
// a real PostgreSQL, and checks that the input is treated as a value (or
// refused), never run as SQL. GORM is opened with PrepareStmt, which prepares
// and caches every statement: it does not change what the statement says.
func TestInputStaysData(t *testing.T) {
	db, err := gorm.Open(postgres.Open(services.PostgresDSN(t)), &gorm.Config{Logger: logger.Discard, PrepareStmt: true})
	if err != nil {
		t.Fatal(err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sqlDB.Close() })
	ctx := t.Context()
	for _, q := range []string{
		"CREATE TABLE users (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL, api_key TEXT NOT NULL)",
		"INSERT INTO users (name, email, api_key) VALUES ('ada', 'ada@example.com', '5e2b77d0'), " +
			"('grace', 'grace@example.com', '0b9d41ce'), ('admin', 'root@example.com', '" + adminKey + "')",
	} {
		if err := db.Exec(q).Error; err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}

	// ?name=: an ordinary name finds its user; the classic quote trick finds nobody.
	if users, err := FindByName(ctx, db, "ada"); err != nil || len(users) != 1 {
		t.Fatalf("FindByName(%q) = %v, %v; want ada's record", "ada", users, err)
	}
	if users, err := FindByName(ctx, db, "O'Brien"); err != nil || len(users) != 0 {
		t.Errorf("FindByName(%q) = %v, %v; want no users and no error", "O'Brien", names(users), err)
	}
	const trick = "' OR '1'='1"
	users, err := FindByName(ctx, db, trick)
	if err != nil || len(users) != 0 {
		t.Errorf("FindByName(%q) = %d users %v, %v; want none: no user has that name", trick, len(users), names(users), err)
	}

	// ?sort=: a listed key sorts; anything else is refused. The probes below
	// ask, one character at a time, whether admin's api_key starts with a
	// guess, making the database divide by zero when it does.
	if users, err := List(ctx, db, "name"); err != nil || strings.Join(names(users), ",") != "ada,admin,grace" {
		t.Fatalf("List(%q) = %v, %v; want ada, admin, grace", "name", names(users), err)
	}
	var recovered strings.Builder
	requests := 0
	for pos := 1; pos <= len(adminKey); pos++ {
		found := false
		for _, c := range "0123456789abcdef" {
			probe := fmt.Sprintf("CASE WHEN substr((SELECT api_key FROM users WHERE name = 'admin'), %d, 1) = '%c' THEN 1/(id-id) ELSE id END", pos, c)
			_, err := List(ctx, db, probe)
			requests++
			if err != nil && !errors.Is(err, ErrBadSort) {
				if pos == 1 && c == rune(adminKey[0]) {
					t.Logf("List(sort=%s): %v", probe, err)
				}
				recovered.WriteRune(c)
				found = true
				break
			}
		}
		if !found {
			break
		}
	}
	if recovered.Len() > 0 {
		t.Errorf("List ran the client's sort text as SQL: %d requests through ?sort= recovered admin's api_key %q, which no API returns; "+
			"want ErrBadSort for every key not on the list", requests, recovered.String())
	}
	if _, err := List(ctx, db, "name; SELECT 1"); !errors.Is(err, ErrBadSort) {
		t.Errorf("List(%q): %v, want ErrBadSort", "name; SELECT 1", err)
	}

	// /users/{id}: a number finds its user; a condition is refused.
	if u, err := Get(ctx, db, "1"); err != nil || u.Name != "ada" {
		t.Fatalf("Get(%q) = %+v, %v; want ada", "1", u, err)
	}
	const cond = "name = 'admin'"
	if u, err := Get(ctx, db, cond); !errors.Is(err, ErrBadID) {
		t.Errorf("Get(%q) = %+v, %v; want ErrBadID: the id became the WHERE clause", cond, u, err)
	}
}

func names(users []User) []string {
	var out []string
	for _, u := range users {
		out = append(out, u.Name)
	}
	return out
}
