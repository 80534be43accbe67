// Package notes is the HTTP API of a small note-taking service.
package notes

import "sync"

// maxNoteBytes is the largest request body the API accepts: a note is a few
// kilobytes of text, so 1 MiB leaves plenty of room.
const maxNoteBytes = 1 << 20

// Note is what a client sends to POST /notes.
type Note struct {
	Title string `json:"title"`
	Text  string `json:"text"`
}

// Service stores notes in memory.
type Service struct {
	mu    sync.Mutex
	notes []Note
}

func (s *Service) save(n Note) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.notes = append(s.notes, n)
}
