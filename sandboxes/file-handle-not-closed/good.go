//go:build !bad

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
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close() // [!fix] [!note] once Open has succeeded, close on every return path
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// #endregion
