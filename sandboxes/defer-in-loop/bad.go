//go:build bad

package importer

import "os"

// #region main
// ImportAll loads every file in paths, one after another.
func (im *Importer) ImportAll(paths []string) error {
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close() // [!bug] [!note] runs when ImportAll returns, not at the end of this iteration: every file stays open until the whole batch is done
		n, err := countRecords(f)
		if err != nil {
			return err
		}
		if err := im.Load(p, n); err != nil {
			return err
		}
	}
	return nil
}

// #endregion
