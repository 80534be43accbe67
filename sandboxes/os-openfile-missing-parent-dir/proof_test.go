package audit

import (
	"os"
	"path/filepath"
	"testing"
)

// A fresh container: the data volume is mounted, empty. The first start must
// be able to open the audit log, and so must every start after it.
func TestLogOpensOnFreshDataDir(t *testing.T) {
	dataDir := t.TempDir() // exists, but holds nothing yet

	for start := 1; start <= 2; start++ {
		f, err := OpenLog(dataDir)
		if err != nil {
			t.Fatalf("start %d on an empty data directory: %v", start, err)
		}
		if _, err := f.WriteString("service started\n"); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}

	data, err := os.ReadFile(filepath.Join(dataDir, "audit", "events.log"))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(data), "service started\nservice started\n"; got != want {
		t.Fatalf("audit log holds %q, want %q (appended by both starts)", got, want)
	}
}
