package sessions

import (
	"fmt"
	"sync"
	"testing"
	"time"
)

// Eight users log in at the same moment, each from its own request
// goroutine, and read their session back once all of them have logged in;
// then each keeps refreshing its session for a while, so reads run while
// other users are writing. Run under -race: the store's mutex must order
// every access to the map.
func TestConcurrentLogins(t *testing.T) {
	store := NewStore()
	expires := time.Now().Add(time.Hour)

	const users, refreshes = 8, 50
	start := make(chan struct{})
	var loggedIn sync.WaitGroup // every user has called Put once
	loggedIn.Add(users)
	var wg sync.WaitGroup
	for i := range users {
		wg.Go(func() {
			id := fmt.Sprintf("session-%d", i)
			user := fmt.Sprintf("user-%d", i)
			<-start
			for r := range refreshes {
				sess := Session{UserID: user, Expires: expires.Add(time.Duration(r) * time.Minute)}
				store.Put(id, sess)
				if r == 0 {
					loggedIn.Done()
					loggedIn.Wait()
				}
				if got, ok := store.Get(id); !ok || got.UserID != user || !got.Expires.Equal(sess.Expires) {
					t.Errorf("Get(%q) = %+v, %v; want %s's session %+v", id, got, ok, user, sess)
					return
				}
			}
		})
	}
	close(start)
	done := make(chan struct{})
	go func() {
		wg.Wait()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("the logins have not finished after 10s: a call left the store locked")
	}

	if n := len(store.sessions); n != users {
		t.Errorf("store holds %d sessions, want %d", n, users)
	}
}
