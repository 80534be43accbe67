package services

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFailedStartShowsServerLog runs a stand-in postgres that refuses to start, as a
// real one does on a bad data directory or a taken port: the error must carry the
// server's own words and what to install, so the proof fails readably, never skips.
func TestFailedStartShowsServerLog(t *testing.T) {
	// Not t.TempDir(): as root the programs run as nobody, who cannot enter it.
	bin, err := os.MkdirTemp("/tmp", "gopitfalls-fakebin-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(bin) })
	write := func(name, script string) {
		if err := os.WriteFile(filepath.Join(bin, name), []byte("#!/bin/sh\n"+script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write("initdb", `mkdir -p "$2"`+"\n")
	write("postgres", `echo 'FATAL:  could not create lock file "/run/x/.s.PGSQL.1.lock": Permission denied' >&2; exit 1`+"\n")
	if err := os.Chmod(bin, 0o755); err != nil { // the server's user (nobody, as root) must reach it
		t.Fatal(err)
	}
	t.Setenv("GOPITFALLS_POSTGRES_BIN", bin)

	s, err := Start(context.Background(), "postgres")
	if err == nil {
		s.Stop()
		t.Fatal("Start succeeded with a postgres that exits at once")
	}
	for _, want := range []string{"postgres exited before accepting connections", "could not create lock file", "apt-get install -y postgresql"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Start's error lacks %q:\n%v", want, err)
		}
	}
	t.Logf("Start said:\n%v", err)
}
