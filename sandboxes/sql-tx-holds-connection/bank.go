// Package txconn shows that an open transaction keeps its pooled connection
// until Commit or Rollback.
package txconn

import "errors"

// ErrInsufficientFunds is returned when a transfer would overdraw the payer.
var ErrInsufficientFunds = errors.New("insufficient funds")
