//go:build bad

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
	for _, u := range users { // [!note] with go 1.21 in go.mod, u is one variable that every iteration overwrites
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := n.Limiter.Wait(ctx); err != nil {
				return
			}
			err := n.Send(ctx, u.Email, "Your order has shipped, "+u.ID) // [!bug] [!note] reads u when the goroutine gets here, by which time the loop has moved on
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
