package files

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
)

func TestFilesStayInsideTheirDirectory(t *testing.T) {
	// base/public is served; base/secret.txt sits next to it and must not be.
	base := t.TempDir()
	public := filepath.Join(base, "public")
	if err := os.Mkdir(public, 0o750); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(public, "report.txt"), []byte("quarterly report\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(base, "secret.txt"), []byte("DATABASE_PASSWORD=hunter2\n"), 0o600); err != nil {
		t.Fatal(err)
	}

	srv, err := NewServer(public)
	if err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /files/{name...}", srv)
	ts := httptest.NewServer(mux)
	defer ts.Close()

	get := func(path string) (int, string) {
		t.Helper()
		resp, err := http.Get(ts.URL + path)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		if err != nil {
			t.Fatalf("GET %s: reading the body: %v", path, err)
		}
		return resp.StatusCode, string(body)
	}

	if code, body := get("/files/report.txt"); code != http.StatusOK || body != "quarterly report\n" {
		t.Fatalf("GET /files/report.txt = %d %q, want 200 and the report", code, body)
	}

	// A literal "../" never reaches the handler: ServeMux cleans the path
	// and redirects. An escaped slash or escaped dots are not cleaned, and
	// PathValue hands the handler the decoded "../secret.txt".
	for _, path := range []string{"/files/..%2fsecret.txt", "/files/%2e%2e/secret.txt"} {
		code, body := get(path)
		t.Logf("GET %s -> %d %q", path, code, body)
		if body == "DATABASE_PASSWORD=hunter2\n" {
			t.Fatalf("GET %s returned %d with secret.txt, a file outside the served directory", path, code)
		}
		if code != http.StatusNotFound && code != http.StatusBadRequest {
			t.Fatalf("GET %s = %d, want 404 or 400", path, code)
		}
	}
}
