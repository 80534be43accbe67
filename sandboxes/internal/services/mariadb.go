package services

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
)

// startMariaDB starts mariadbd; readiness and the version come from the mariadb client
// program (the supervisor starts servers only; tests reach them with go-sql-driver/mysql
// through MariaDBDSN).
func startMariaDB(ctx context.Context) (*Server, error) {
	installDB, err := findBinary("mariadb-install-db", "/usr/bin")
	if err != nil {
		return nil, err
	}
	mariadbd, err := findBinary("mariadbd", "/usr/sbin")
	if err != nil {
		return nil, err
	}
	client, err := findBinary("mariadb", "/usr/bin")
	if err != nil {
		return nil, err
	}
	dir, err := tempDir("gopitfalls-mariadb-")
	if err != nil {
		return nil, err
	}
	s := &Server{Name: "mariadb", Dir: dir}
	data := filepath.Join(dir, "data")
	if err := run(ctx, dir, installDB, "--no-defaults", "--datadir="+data, "--auth-root-authentication-method=normal",
		"--skip-test-db", "--skip-name-resolve"); err != nil {
		s.Stop()
		return nil, fmt.Errorf("%v\n%s", err, InstallHint)
	}
	port, err := freePort()
	if err != nil {
		s.Stop()
		return nil, err
	}
	if err := s.launch(mariadbd, "--no-defaults", "--datadir="+data, "--socket="+filepath.Join(dir, "sock"),
		fmt.Sprintf("--port=%d", port), "--bind-address=127.0.0.1", "--innodb-buffer-pool-size=32M",
		"--innodb-flush-log-at-trx-commit=0", "--skip-log-bin"); err != nil {
		s.Stop()
		return nil, err
	}
	s.DSN = fmt.Sprintf("root@tcp(127.0.0.1:%d)/mysql", port)
	err = s.waitReady(ctx, func(ctx context.Context) error {
		out, err := exec.CommandContext(ctx, client, "--no-defaults", "--protocol=tcp", "-h127.0.0.1",
			fmt.Sprintf("-P%d", port), "-uroot", "-N", "-B", "-e", "SELECT VERSION()").Output()
		if err != nil {
			return err
		}
		s.Version = "MariaDB " + strings.TrimSpace(string(out))
		return nil
	})
	if err != nil {
		s.Stop()
		return nil, err
	}
	return s, nil
}
