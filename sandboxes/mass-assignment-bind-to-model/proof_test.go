package massassign

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"gopitfalls.dev/sandboxes/internal/services"
	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
)

// TestSignupCannotMakeAdmins signs up one ordinary user and two who add an
// admin flag to the body, once as "is_admin" and once as "IS_ADMIN", then
// asks PostgreSQL which rows are admins.
func TestSignupCannotMakeAdmins(t *testing.T) {
	db := services.PostgresDB(t)
	if _, err := db.Exec(`CREATE TABLE users (
		id BIGSERIAL PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
		is_admin BOOLEAN NOT NULL DEFAULT false)`); err != nil {
		t.Fatal(err)
	}
	// The service stores through GORM on the same pool; the test reads PostgreSQL back with plain SQL.
	gdb, err := gorm.Open(postgres.New(postgres.Config{Conn: db}), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(NewServer(gdb))
	t.Cleanup(srv.Close)

	signups := []struct{ email, body, sent string }{
		{"ann@example.com", `{"email":"ann@example.com","name":"Ann"}`, ""},
		{"mallory@example.com", `{"email":"mallory@example.com","name":"Mallory","is_admin":true}`, `"is_admin":true`},
		{"eve@example.com", `{"email":"eve@example.com","name":"Eve","IS_ADMIN":true}`, `"IS_ADMIN":true`},
	}
	sent := map[string]string{}
	for _, s := range signups {
		sent[s.email] = s.sent
		status, body := post(t, srv.URL+"/users", s.body)
		t.Logf("POST /users %s -> %d %s", s.body, status, body)
		if s.sent == "" && status != http.StatusCreated {
			t.Fatalf("an ordinary signup got %d %s, want 201", status, body)
		}
	}

	// What the server stored, read from PostgreSQL itself.
	rows, err := db.Query(`SELECT email, name, is_admin FROM users ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var admins []string
	users, annStored := 0, false
	for rows.Next() {
		users++
		var email, name string
		var isAdmin bool
		if err := rows.Scan(&email, &name, &isAdmin); err != nil {
			t.Fatal(err)
		}
		if isAdmin {
			admins = append(admins, email+" (sent "+sent[email]+")")
		}
		annStored = annStored || (email == "ann@example.com" && name == "Ann")
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("PostgreSQL holds %d users, %d of them admins", users, len(admins))
	if len(admins) > 0 {
		t.Fatalf("signup created admin users in PostgreSQL: %s", strings.Join(admins, ", "))
	}
	if !annStored {
		t.Fatalf("PostgreSQL has no row for ann@example.com named Ann: the ordinary signup was not stored")
	}
}

func post(t *testing.T, url, body string) (int, string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, strings.TrimSpace(string(b))
}
