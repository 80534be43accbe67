package sessions

import (
	"fmt"
	"sync"
	"testing"
	"time"
)

// Eight users log in at the same moment, each from its own request
// goroutine, and read their session back. Run under -race: the store's mutex
// must order every access to the map.
func TestConcurrentLogins(t *testing.T) {
	store := NewStore()
	expires := time.Now().Add(time.Hour)

	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			id := fmt.Sprintf("session-%d", i)
			user := fmt.Sprintf("user-%d", i)
			<-start
			store.Put(id, Session{UserID: user, Expires: expires})
			if got, ok := store.Get(id); !ok || got.UserID != user {
				t.Errorf("Get(%q) = %+v, %v; want %s's session", id, got, ok, user)
			}
		})
	}
	close(start)
	wg.Wait()

	if n := len(store.sessions); n != 8 {
		t.Errorf("store holds %d sessions, want 8", n)
	}
}
