//go:build !bad

package importer

import "os"

// #region main
// ImportAll loads every file in paths, one after another.
func (im *Importer) ImportAll(paths []string) error {
	for _, p := range paths {
		if err := im.importFile(p); err != nil { // [!fix]
			return err
		}
	}
	return nil
}

// importFile loads one file. Its defer runs when it returns, once per file.
func (im *Importer) importFile(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close() // [!fix] [!note] one function call per file: the file is closed before the loop moves on
	n, err := countRecords(f)
	if err != nil {
		return err
	}
	return im.Load(p, n)
}

// #endregion
