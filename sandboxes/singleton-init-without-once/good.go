//go:build !bad

package geo

import "sync"

// #region main
// loadDB runs open exactly once, on the first call; concurrent callers wait
// for that call and get its result.
var loadDB = sync.OnceValue(func() *DB { // [!note] sync.OnceValue (Go 1.21): the first caller loads, the others wait for it
	return open()
})

// Default returns the shared database, loading it on first use.
func Default() *DB {
	return loadDB() // [!fix]
}

// #endregion
