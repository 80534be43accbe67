// Package sessions keeps logged-in users' sessions in memory.
package sessions

import (
	"sync"
	"time"
)

// Session is what the service knows about one logged-in user.
type Session struct {
	UserID  string
	Expires time.Time
}

// Store maps session IDs to sessions. It is shared by every request.
type Store struct {
	mu       sync.Mutex // guards sessions
	sessions map[string]Session
}

// NewStore returns an empty store, ready for concurrent use.
func NewStore() *Store {
	return &Store{sessions: make(map[string]Session)}
}
