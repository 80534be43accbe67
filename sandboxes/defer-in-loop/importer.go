// Package importer loads the nightly batch of CSV exports that partners drop
// into the service's inbox directory.
package importer

import (
	"bufio"
	"io"
)

// Importer reads a batch of export files.
type Importer struct {
	// Load stores the records of one file. It is called once per file.
	Load func(name string, records int) error
}

// countRecords counts the lines of one export.
func countRecords(r io.Reader) (int, error) {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
	}
	return n, sc.Err()
}
