package services

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// TestKilledParentLeavesNothing starts a stand-in for the proof runner (this test binary
// again, in parentMode) that starts the supervisor, then SIGKILLs the stand-in, as a
// killed `npm run proofs` would be. The supervisor sees its stdin close and must stop
// the server and remove the data directory.
func TestKilledParentLeavesNothing(t *testing.T) {
	for _, service := range []string{"postgres", "mariadb"} {
		t.Run(service, func(t *testing.T) {
			bin := filepath.Join(t.TempDir(), "supervise")
			if out, err := exec.Command("go", "build", "-o", bin, "./supervise").CombinedOutput(); err != nil {
				t.Fatalf("building supervise: %v\n%s", err, out)
			}
			parent := exec.Command(os.Args[0], "-test.run=^TestParentMode$")
			parent.Env = append(os.Environ(), "SUPERVISE_PARENT="+bin, "SUPERVISE_SERVICE="+service)
			stdout, _ := parent.StdoutPipe()
			parent.Stderr = os.Stderr
			if err := parent.Start(); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = parent.Process.Kill(); _ = parent.Wait() }) // also when the test fails early
			var info struct {
				PID   int    `json:"pid"`
				Dir   string `json:"dir"`
				Error string `json:"error"`
			}
			line, err := bufio.NewReader(stdout).ReadBytes('\n')
			if err != nil || json.Unmarshal(line, &info) != nil || info.Error != "" {
				t.Fatalf("supervisor did not start %s: %q %v", service, line, err)
			}
			if !alive(info.PID) || !exists(info.Dir) {
				t.Fatalf("server %d (alive %v) or directory %s (exists %v) missing while the run is alive",
					info.PID, alive(info.PID), info.Dir, exists(info.Dir))
			}
			_ = parent.Process.Signal(syscall.SIGKILL)
			_ = parent.Wait()
			deadline := time.Now().Add(15 * time.Second)
			for (alive(info.PID) || exists(info.Dir)) && time.Now().Before(deadline) {
				time.Sleep(50 * time.Millisecond)
			}
			if alive(info.PID) {
				t.Errorf("%s server (pid %d) still running 15s after its runner was killed", service, info.PID)
			}
			if exists(info.Dir) {
				t.Errorf("%s data directory %s still there 15s after its runner was killed", service, info.Dir)
			}
		})
	}
}

// TestParentMode is the stand-in runner; it does nothing in a normal test run.
func TestParentMode(t *testing.T) {
	bin := os.Getenv("SUPERVISE_PARENT")
	if bin == "" {
		return
	}
	sup := exec.Command(bin, os.Getenv("SUPERVISE_SERVICE"))
	sup.Stdout = os.Stdout
	if _, err := sup.StdinPipe(); err != nil { // held open until this process dies
		t.Fatal(err)
	}
	if err := sup.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Minute) // killed long before
}

// alive: the process exists and is not a zombie waiting to be reaped.
func alive(pid int) bool {
	b, err := os.ReadFile(filepath.Join("/proc", strconv.Itoa(pid), "stat"))
	if err != nil {
		return false
	}
	// The state follows the command name in parentheses: "pid (comm) S ...".
	for i := len(b) - 1; i > 0; i-- {
		if b[i] == ')' {
			return i+2 < len(b) && b[i+2] != 'Z'
		}
	}
	return true
}

func exists(p string) bool { _, err := os.Stat(p); return err == nil }
