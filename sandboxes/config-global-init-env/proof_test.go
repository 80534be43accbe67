package api

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// childEnv marks the copy of this test binary that the second subtest starts.
const childEnv = "CONFIG_PROOF_CHILD"

// TestConfigComesFromTheEnvironment checks that LoadConfig sees the
// environment as it is when LoadConfig runs, and rejects a value it cannot use.
func TestConfigComesFromTheEnvironment(t *testing.T) {
	if os.Getenv(childEnv) == "1" {
		// The child: report what LoadConfig makes of the environment it started with.
		cfg, err := LoadConfig()
		fmt.Printf("CHILD ReadHeaderTimeout=%v err=%v\n", cfg.ReadHeaderTimeout, err)
		return
	}

	t.Run("set after start-up", func(t *testing.T) {
		// As when main loads a .env file, or a test sets what it needs:
		// the variables are set after the package was initialised.
		t.Setenv("APP_ADDR", "127.0.0.1:9090")
		t.Setenv("APP_READ_HEADER_TIMEOUT", "2s")
		cfg, err := LoadConfig()
		if err != nil {
			t.Fatalf("LoadConfig: %v", err)
		}
		if cfg.Addr != "127.0.0.1:9090" || cfg.ReadHeaderTimeout != 2*time.Second {
			t.Errorf("LoadConfig() = {Addr: %q, ReadHeaderTimeout: %v}, want {Addr: \"127.0.0.1:9090\", ReadHeaderTimeout: 2s}: the environment set before the call was ignored",
				cfg.Addr, cfg.ReadHeaderTimeout)
		}
	})

	t.Run("invalid at start-up", func(t *testing.T) {
		// A process started with a typo: a duration without its unit.
		cmd := exec.Command(os.Args[0], "-test.run=^TestConfigComesFromTheEnvironment$")
		cmd.Env = append(os.Environ(), childEnv+"=1", "APP_READ_HEADER_TIMEOUT=5")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("running the child: %v\n%s", err, out)
		}
		var line string
		for l := range strings.Lines(string(out)) {
			if rest, ok := strings.CutPrefix(l, "CHILD "); ok {
				line = strings.TrimSpace(rest)
			}
		}
		if line == "" {
			t.Fatalf("the child reported nothing:\n%s", out)
		}
		if strings.HasSuffix(line, "err=<nil>") {
			t.Errorf("started with APP_READ_HEADER_TIMEOUT=5, LoadConfig returned no error: %s", line)
			return
		}
		if !strings.Contains(line, `APP_READ_HEADER_TIMEOUT: time: missing unit in duration "5"`) {
			t.Errorf("started with APP_READ_HEADER_TIMEOUT=5, LoadConfig failed without naming the parse error: %s", line)
			return
		}
		t.Logf("started with APP_READ_HEADER_TIMEOUT=5: %s", line)

		// A value that parses but cannot be a timeout is refused too.
		t.Setenv("APP_READ_HEADER_TIMEOUT", "0s")
		if cfg, err := LoadConfig(); err == nil {
			t.Errorf("with APP_READ_HEADER_TIMEOUT=0s, LoadConfig returned ReadHeaderTimeout=%v and no error: the server would run with no header timeout", cfg.ReadHeaderTimeout)
		}
	})
}
