//go:build bad

package sessions

// #region main
// Put stores the session under id.
func (s Store) Put(id string, sess Session) { // [!bug] [!note] a value receiver: each call works on its own copy of Store, mutex included
	s.mu.Lock() // [!note] locks this call's private copy, so it never waits for any other call
	defer s.mu.Unlock()
	s.sessions[id] = sess // [!note] the copy still points at the one shared map
}

// Get returns the session stored under id.
func (s Store) Get(id string) (Session, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	sess, ok := s.sessions[id]
	return sess, ok
}

// #endregion
