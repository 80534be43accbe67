// Package gormsqli shows GORM calls that put a client's input into the SQL
// text (a formatted Where, a raw Order, a string as First's condition) next to
// the calls that keep it data.
package gormsqli

import "errors"

// User is the public part of an account. The users table also holds each
// account's api_key, which this type never reads.
type User struct {
	ID    int64
	Name  string
	Email string
}

// ErrBadSort is returned for a sort key that is not on the list.
var ErrBadSort = errors.New("unknown sort key")

// ErrBadID is returned for a user id that is not a number.
var ErrBadID = errors.New("user id must be a number")
