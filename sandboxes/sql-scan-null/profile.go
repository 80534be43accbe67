// Package scannull loads user profiles whose optional columns may hold NULL.
package scannull

import "time"

// Profile is what the service shows about a user. A user who never chose a
// nickname has Nickname ""; one who has never logged in has a zero LastLogin.
type Profile struct {
	ID        int64
	Email     string
	Nickname  string
	LastLogin time.Time
}
