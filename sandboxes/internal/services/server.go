// Package services starts real database servers for proofs: on 127.0.0.1, on a free
// port, in a throw-away data directory, as nobody when run as root (PostgreSQL and
// MariaDB refuse to run as root). The proof runner starts one server per service per
// run with the supervise command; a proof test gets its own fresh database from it
// (database.go's PostgresDB, mariadb_database.go's MariaDBDB).
package services

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Server is one running database server.
type Server struct {
	Name    string // postgres or mariadb
	DSN     string // what a Go driver opens
	Version string // read from the server itself
	Dir     string // the throw-away directory holding data, socket and log
	cmd     *exec.Cmd
	exited  chan error // receives the server's exit once
	log     *bytes.Buffer
}

// InstallHint is what to run when a server binary is missing.
const InstallHint = "install the servers with `npm run setup` (as root on Debian: apt-get install -y postgresql mariadb-server)"

// Start starts the named service ("postgres" or "mariadb").
func Start(ctx context.Context, name string) (*Server, error) {
	switch name {
	case "postgres":
		return startPostgres(ctx)
	case "mariadb":
		return startMariaDB(ctx)
	}
	return nil, fmt.Errorf("unknown service %q: the services are postgres, mariadb", name)
}

// Stop ends the server (SIGTERM, then SIGKILL to its process group after 5s) and removes its directory.
func (s *Server) Stop() {
	if s.cmd != nil && s.cmd.Process != nil {
		_ = s.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-s.exited:
		case <-time.After(5 * time.Second):
			_ = syscall.Kill(-s.cmd.Process.Pid, syscall.SIGKILL)
			<-s.exited
		}
	}
	if s.Dir != "" {
		_ = os.RemoveAll(s.Dir)
	}
}

// tempDir makes a directory the server's user can own. As root the server runs as nobody,
// who cannot enter t.TempDir() or a private TMPDIR (both 0700, owned by root), so the
// directory is made directly under /tmp then.
func tempDir(prefix string) (string, error) {
	parent := ""
	if serverUser() != nil {
		parent = "/tmp"
	}
	dir, err := os.MkdirTemp(parent, prefix)
	if err != nil {
		return "", err
	}
	if cred := serverUser(); cred != nil {
		if err := os.Chown(dir, int(cred.Uid), int(cred.Gid)); err != nil {
			os.RemoveAll(dir)
			return "", err
		}
	}
	return dir, nil
}

// serverUser is nobody when we run as root (the servers refuse root), else nil (ourselves).
func serverUser() *syscall.Credential {
	if os.Geteuid() != 0 {
		return nil
	}
	u, err := user.Lookup("nobody")
	if err != nil {
		return &syscall.Credential{Uid: 65534, Gid: 65534}
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
}

// command prepares a server program: as nobody when root, in its own process group (so
// Stop can kill all of it), killed by the kernel if the process that started it dies.
// The server outlives Start's context (it is only for start-up), so launch passes context.Background().
// Its TMPDIR is the server's own directory: the caller's may be private to root (vitest's is).
func command(ctx context.Context, dir, bin string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(os.Environ(), "TMPDIR="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: serverUser(), Setpgid: true, Pdeathsig: syscall.SIGKILL}
	return cmd
}

// run runs a set-up program (initdb, mariadb-install-db) and returns its output on failure.
func run(ctx context.Context, dir, bin string, args ...string) error {
	cmd := command(ctx, dir, bin, args...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s failed (%v):\n%s", filepath.Base(bin), err, excerpt(string(out)))
	}
	return nil
}

// findBinary looks in the given directories, then on PATH.
func findBinary(name string, dirs ...string) (string, error) {
	for _, d := range dirs {
		if p := filepath.Join(d, name); fileExists(p) {
			return p, nil
		}
	}
	if p, err := exec.LookPath(name); err == nil {
		return p, nil
	}
	return "", fmt.Errorf("%s not found (looked in %s and on PATH): %s", name, strings.Join(dirs, ", "), InstallHint)
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// freePort asks the kernel for a free loopback port. Another process could take it
// before the server binds it; the server's log then says so and Start fails.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// excerpt keeps the start and the end of a long server log: the reason for failing is
// usually in one of them (mariadb-install-db puts it first, then a page of advice).
func excerpt(log string) string {
	lines := strings.Split(strings.TrimRight(log, "\n"), "\n")
	if len(lines) > 24 {
		lines = append(append(lines[:12:12], "…"), lines[len(lines)-12:]...)
	}
	return "  " + strings.Join(lines, "\n  ")
}

// launch starts the server program with its output in s.log.
func (s *Server) launch(bin string, args ...string) error {
	s.log = &bytes.Buffer{}
	s.cmd = command(context.Background(), s.Dir, bin, args...)
	s.cmd.Stdout, s.cmd.Stderr = s.log, s.log
	if err := s.cmd.Start(); err != nil {
		return fmt.Errorf("starting %s: %v; %s", bin, err, InstallHint)
	}
	s.exited = make(chan error, 1)
	go func() { s.exited <- s.cmd.Wait() }()
	return nil
}

// waitReady polls ready until it succeeds, the server exits, or 30s pass.
func (s *Server) waitReady(ctx context.Context, ready func(context.Context) error) error {
	deadline := time.After(30 * time.Second)
	var last error
	for {
		pctx, cancel := context.WithTimeout(ctx, time.Second)
		last = ready(pctx)
		cancel()
		if last == nil {
			return nil
		}
		select {
		case err := <-s.exited:
			s.exited <- err // Stop reads it again
			return fmt.Errorf("%s exited before accepting connections (%v); its log:\n%s\n%s", s.Name, err, excerpt(s.log.String()), InstallHint)
		case <-deadline:
			return fmt.Errorf("%s did not accept connections within 30s (last error: %v); its log:\n%s", s.Name, last, excerpt(s.log.String()))
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// PID is the server process's id (its process group's too).
func (s *Server) PID() int { return s.cmd.Process.Pid }
