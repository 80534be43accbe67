//go:build bad

// Package uploads verifies files that clients have uploaded to the service.
package uploads

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
)

// #region main
// Checksum returns the hex SHA-256 of the file at path. The upload handler
// calls it once per uploaded file.
func Checksum(path string) (string, error) {
	f, err := os.Open(path) // [!bug] [!note] opens a descriptor that Checksum never closes
	if err != nil {
		return "", err
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil // [!note] f goes out of scope still open: only a later GC finalizer might close it
}

// #endregion
