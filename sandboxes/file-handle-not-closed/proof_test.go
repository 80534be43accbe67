package uploads

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"syscall"
	"testing"

	"gopitfalls.dev/sandboxes/internal/prooftest"
)

// limitSpare lowers the soft RLIMIT_NOFILE so that exactly spare more
// descriptors can be opened, as in a process that is close to its limit.
// The returned function restores the limit.
func limitSpare(t *testing.T, spare int) (restore func()) {
	t.Helper()
	var orig syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &orig); err != nil {
		t.Fatal(err)
	}
	// New descriptors take the lowest free number, and the limit caps that
	// number, so find the spare-th free number and allow up to it.
	fd, free := 0, 0
	for ; ; fd++ {
		var st syscall.Stat_t
		if syscall.Fstat(fd, &st) == syscall.EBADF {
			if free++; free == spare {
				break
			}
		}
	}
	lowered := orig
	lowered.Cur = uint64(fd + 1)
	if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lowered); err != nil {
		t.Fatal(err)
	}
	return func() {
		if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &orig); err != nil {
			t.Fatal(err)
		}
	}
}

func TestChecksumReleasesDescriptors(t *testing.T) {
	// An *os.File that becomes unreachable is closed by a finalizer when the
	// garbage collector gets round to it. A busy service opens files faster
	// than that; switching the collector off for the test shows what is held
	// between two collections, and makes the count exact.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))

	path := filepath.Join(t.TempDir(), "upload.bin")
	if err := os.WriteFile(path, []byte("an uploaded file"), 0o600); err != nil {
		t.Fatal(err)
	}

	// 500 uploads to check, in a process with 100 descriptors to spare.
	const calls, spare = 500, 100
	before := prooftest.OpenFDs(t)
	restore := limitSpare(t, spare)
	for i := 1; i <= calls; i++ {
		if _, err := Checksum(path); err != nil {
			restore()
			t.Fatalf("call %d of %d failed: %v (%d descriptors left open by the calls before it)", i, calls, err, prooftest.OpenFDs(t)-before)
		}
	}
	restore()
	after := prooftest.OpenFDs(t)
	t.Logf("%d calls: %d descriptors open before, %d after", calls, before, after)
	if after > before+2 {
		t.Fatalf("%d calls left %d descriptors open", calls, after-before)
	}
}
