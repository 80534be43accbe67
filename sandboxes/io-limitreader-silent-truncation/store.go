// Package avatars is the upload endpoint of a profile service: PUT
// /users/{id}/avatar stores the request body as the user's picture.
package avatars

import "sync"

// maxAvatarBytes is the largest picture the service keeps.
const maxAvatarBytes = 1 << 20

// Store keeps each user's picture. In production it is an object store.
type Store struct {
	mu    sync.Mutex
	blobs map[string][]byte
}

func (s *Store) put(user string, data []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.blobs == nil {
		s.blobs = make(map[string][]byte)
	}
	s.blobs[user] = data
}

// Get returns the stored picture of user, if any.
func (s *Store) Get(user string) ([]byte, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	data, ok := s.blobs[user]
	return data, ok
}
