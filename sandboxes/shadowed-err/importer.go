// Package users imports user accounts in bulk, for example from a CSV
// upload, and reports the first one that could not be stored.
package users

import (
	"context"
	"log"
)

// User is one account to import.
type User struct {
	Email string
	Name  string
}

// Store saves users; a database in real code.
type Store interface {
	Insert(ctx context.Context, u User) (id int64, err error)
}

// Importer feeds users into a Store.
type Importer struct {
	Store Store
	Log   *log.Logger
}
