//go:build !bad

// Package audit writes the service's audit log under its data directory.
package audit

import (
	"os"
	"path/filepath"
)

// #region main
// OpenLog opens the audit log under dataDir (for example /var/lib/orders),
// creating the file, and its directory, if they do not exist yet.
func OpenLog(dataDir string) (*os.File, error) {
	path := filepath.Join(dataDir, "audit", "events.log")
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil { // [!fix] [!note] creates audit/ and any missing parents; nil if it already exists
		return nil, err
	}
	return os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
}

// #endregion
