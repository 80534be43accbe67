package importer

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"

	"gopitfalls.dev/sandboxes/internal/prooftest"
)

func TestImportKeepsOneFileOpen(t *testing.T) {
	// A file nobody closes and nothing references any more is closed by a
	// finalizer whenever the collector happens to run; with the collector off,
	// a file left open stays open, and the count is exact.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))

	// A batch of 200 small exports.
	dir := t.TempDir()
	var paths []string
	for i := range 200 {
		p := filepath.Join(dir, fmt.Sprintf("export-%03d.csv", i))
		if err := os.WriteFile(p, []byte("id,amount\n1,10\n2,20\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}

	// Load is called once per file, while ImportAll runs: count the
	// descriptors the process holds at that moment. Files held by pending
	// defers are still referenced, so the garbage collector cannot close them.
	before := prooftest.OpenFDs(t)
	peak, loaded := 0, 0
	im := &Importer{Load: func(name string, records int) error {
		loaded++
		if n := prooftest.OpenFDs(t) - before; n > peak {
			peak = n
		}
		return nil
	}}
	if err := im.ImportAll(paths); err != nil {
		t.Fatalf("ImportAll: %v", err)
	}
	after := prooftest.OpenFDs(t) - before
	t.Logf("loaded %d files; at most %d import files open at once; %d still open after ImportAll returned", loaded, peak, after)

	if loaded != len(paths) {
		t.Fatalf("loaded %d files, want %d", loaded, len(paths))
	}
	if peak > 1 {
		t.Fatalf("while importing %d files, %d were open at once: each file stayed open until ImportAll returned", len(paths), peak)
	}
}
