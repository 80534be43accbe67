package users

import (
	"context"
	"errors"
	"io"
	"log"
	"testing"
)

var errDuplicate = errors.New("duplicate key value violates unique constraint \"users_email_key\"")

// fakeStore accepts every user except those whose e-mail is already taken.
type fakeStore struct {
	taken  map[string]bool
	stored []string
	nextID int64
}

func (s *fakeStore) Insert(_ context.Context, u User) (int64, error) {
	if s.taken[u.Email] {
		return 0, errDuplicate
	}
	s.stored = append(s.stored, u.Email)
	s.nextID++
	return s.nextID, nil
}

func TestImportReportsFailure(t *testing.T) {
	store := &fakeStore{taken: map[string]bool{"bob@example.com": true}}
	im := &Importer{Store: store, Log: log.New(io.Discard, "", 0)}

	err := im.Import(context.Background(), []User{
		{Email: "ann@example.com", Name: "Ann"},
		{Email: "bob@example.com", Name: "Bob"}, // already exists: Insert fails
		{Email: "cat@example.com", Name: "Cat"},
	})
	t.Logf("stored %v, Import returned %v", store.stored, err)
	if err == nil {
		t.Fatalf("Import returned nil, but inserting bob@example.com failed and %d of 3 users were stored: the failure was dropped", len(store.stored))
	}
	if !errors.Is(err, errDuplicate) {
		t.Fatalf("Import returned %v, want the store's error", err)
	}
}
