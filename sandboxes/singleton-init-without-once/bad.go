//go:build bad

package geo

// #region main
var db *DB

// Default returns the shared database, loading it on first use.
func Default() *DB {
	if db == nil { // [!bug] [!note] every request that arrives during the load still sees nil
		db = open() // [!note] so each of them loads its own copy, and these writes race with the reads above
	}
	return db
}

// #endregion
