package users

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"gopitfalls.dev/sandboxes/internal/services"
)

// TestMissingUserIs404 asks for a user that exists and one that does not. The
// missing one is the client's mistake (404), not a failure of the server (500).
func TestMissingUserIs404(t *testing.T) {
	db := services.PostgresDB(t)
	for _, q := range []string{
		"CREATE TABLE users (id BIGINT PRIMARY KEY, name TEXT NOT NULL)",
		"INSERT INTO users (id, name) VALUES (1, 'Ada')",
	} {
		if _, err := db.ExecContext(t.Context(), q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	mux := http.NewServeMux()
	mux.Handle("GET /users/{id}", UserHandler(db))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	status, body := get(t, srv.URL+"/users/1")
	if status != http.StatusOK || !strings.Contains(body, `"name":"Ada"`) {
		t.Fatalf("GET /users/1: %d %q, want 200 with Ada's record", status, body)
	}
	status, body = get(t, srv.URL+"/users/42")
	if status != http.StatusNotFound || body != "user not found\n" {
		t.Fatalf("GET /users/42 (no such user): %d %q, want 404 \"user not found\"", status, body)
	}
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}
