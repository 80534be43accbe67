//go:build bad

// Package audit writes the service's audit log under its data directory.
package audit

import (
	"os"
	"path/filepath"
)

// #region main
// OpenLog opens the audit log under dataDir (for example /var/lib/orders),
// creating the file if it does not exist yet.
func OpenLog(dataDir string) (*os.File, error) {
	path := filepath.Join(dataDir, "audit", "events.log")
	return os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600) // [!bug] [!note] O_CREATE creates the file, never its directory: with no audit/ yet, this open fails
}

// #endregion
