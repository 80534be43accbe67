//go:build bad

package board

import "embed"

// #region main
// The front end's build output, written to site/ by the bundler.
//
//go:embed site
var site embed.FS // [!bug] [!note] a folder pattern skips every name starting with "." or "_", so site/_app/ is silently left out

// #endregion
