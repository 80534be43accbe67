//go:build !bad

package notify

import (
	"context"
	"sync"
)

// #region main
// NotifyAll emails every user, several at a time, and returns the number of
// emails that could not be sent.
func (n *Notifier) NotifyAll(ctx context.Context, users []User) int {
	var (
		wg     sync.WaitGroup
		mu     sync.Mutex
		failed int
	)
	for _, u := range users {
		u := u // [!fix] [!note] a new variable per iteration for the goroutine to capture; redundant once go.mod says go 1.22 or later
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := n.Limiter.Wait(ctx); err != nil {
				return
			}
			err := n.Send(ctx, u.Email, "Your order has shipped, "+u.ID)
			if err != nil {
				mu.Lock()
				failed++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return failed
}

// #endregion
