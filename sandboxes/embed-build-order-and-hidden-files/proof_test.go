package board

import (
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestBuildOutputIsServed(t *testing.T) {
	// What //go:embed does when the front end has not been built first. This
	// part holds for both variants: it shows why CI must build the front end
	// before anything compiles the Go package, and why a dist/.gitkeep
	// placeholder does not help without all:.
	t.Run("go build before the front end", func(t *testing.T) {
		for _, c := range []struct {
			name, directive, want string
			files                 []string
		}{
			{"no dist/ folder", "dist", "pattern dist: no matching files found", nil},
			{"dist/ holding only .gitkeep", "dist", "pattern dist: cannot embed directory dist: contains no embeddable files", []string{"dist/.gitkeep"}},
			{"dist/ holding only .gitkeep (all: prefix)", "all:dist", "", []string{"dist/.gitkeep"}},
		} {
			out := buildWithEmbed(t, c.directive, c.files)
			switch {
			case c.want == "" && out != "":
				t.Errorf("%s: go build failed: %s", c.name, out)
			case c.want != "" && !strings.Contains(out, c.want):
				t.Errorf("%s: go build printed %q, want %q", c.name, out, c.want)
			case c.want == "":
				t.Logf("%s: //go:embed %s builds", c.name, c.directive)
			default:
				t.Logf("%s: //go:embed %s: %s", c.name, c.directive, c.want)
			}
		}
	})

	// The page the browser loads, and the script the page asks for.
	h, err := Handler()
	if err != nil {
		t.Fatalf("Handler: %v", err)
	}
	for _, path := range []string{"/", "/_app/immutable/entry-4c1e9b.js"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusOK {
			t.Fatalf("GET %s: status %d (%q), want 200: the file is in site/ but not in the binary", path, rec.Code, strings.TrimSpace(rec.Body.String()))
		}
		t.Logf("GET %s: 200 %s", path, rec.Header().Get("Content-Type"))
	}
}

// buildWithEmbed builds a throwaway module whose only file embeds directive,
// with files created empty, and returns go build's output ("" if it built).
func buildWithEmbed(t *testing.T, directive string, files []string) string {
	t.Helper()
	dir := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/app\n\ngo 1.26\n")
	write("main.go", "package main\n\nimport \"embed\"\n\n//go:embed "+directive+"\nvar dist embed.FS\n\nfunc main() { _ = dist }\n")
	for _, f := range files {
		write(f, "")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("this proof runs go build and needs go on PATH: %v", err)
	}
	cmd := exec.Command(goCmd, "build", "-o", os.DevNull, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOTOOLCHAIN=local", "GOFLAGS=")
	out, err := cmd.CombinedOutput()
	if err == nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}
