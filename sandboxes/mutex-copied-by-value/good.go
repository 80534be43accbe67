//go:build !bad

package sessions

// #region main
// Put stores the session under id.
func (s *Store) Put(id string, sess Session) { // [!note] a pointer receiver: every call locks the one mutex inside the shared Store
	s.mu.Lock()         // [!fix]
	defer s.mu.Unlock() // [!fix]
	s.sessions[id] = sess
}

// Get returns the session stored under id.
func (s *Store) Get(id string) (Session, bool) { // [!note] readers too: a value receiver here would copy the mutex and race with Put
	s.mu.Lock()         // [!fix]
	defer s.mu.Unlock() // [!fix]
	sess, ok := s.sessions[id]
	return sess, ok
}

// #endregion
