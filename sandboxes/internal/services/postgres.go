package services

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
)

// pgBinDirs: Debian puts the server programs in a versioned directory that is not on PATH.
// GOPITFALLS_POSTGRES_BIN names another directory first (another install, or a test's fake).
func pgBinDirs() []string {
	dirs := []string{"/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin"}
	if d := os.Getenv("GOPITFALLS_POSTGRES_BIN"); d != "" {
		dirs = append([]string{d}, dirs...)
	}
	return dirs
}

func startPostgres(ctx context.Context) (*Server, error) {
	initdb, err := findBinary("initdb", pgBinDirs()...)
	if err != nil {
		return nil, err
	}
	postgres, err := findBinary("postgres", filepath.Dir(initdb))
	if err != nil {
		return nil, err
	}
	dir, err := tempDir("gopitfalls-postgres-")
	if err != nil {
		return nil, err
	}
	s := &Server{Name: "postgres", Dir: dir}
	data := filepath.Join(dir, "data")
	// Trust auth on loopback only and no fsync: the data is thrown away after the run.
	if err := run(ctx, dir, initdb, "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"); err != nil {
		s.Stop()
		return nil, fmt.Errorf("%v\n%s", err, InstallHint)
	}
	port, err := freePort()
	if err != nil {
		s.Stop()
		return nil, err
	}
	if err := s.launch(postgres, "-D", data, "-p", fmt.Sprint(port), "-k", dir,
		"-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
		"-c", "full_page_writes=off", "-c", "max_connections=100"); err != nil {
		s.Stop()
		return nil, err
	}
	s.DSN = fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", port)
	err = s.waitReady(ctx, func(ctx context.Context) error {
		db, err := sql.Open("pgx", s.DSN)
		if err != nil {
			return err
		}
		defer db.Close()
		return db.QueryRowContext(ctx, "SHOW server_version").Scan(&s.Version)
	})
	if err != nil {
		s.Stop()
		return nil, err
	}
	s.Version = "PostgreSQL " + s.Version
	return s, nil
}
