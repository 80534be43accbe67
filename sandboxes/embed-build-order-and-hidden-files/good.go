//go:build !bad

package board

import "embed"

// #region main
// The front end's build output, written to site/ by the bundler.
//
//go:embed all:site
var site embed.FS // [!fix] [!note] all: keeps names that start with "." or "_" (here site/_app/)

// #endregion
