//go:build !bad

package relay

import (
	"context"
	"time"
)

// #region main
// Pump sends every message from in to send until in is closed, ctx is
// cancelled, or no message arrives for idle.
func Pump(ctx context.Context, in <-chan Message, send func(Message) error, idle time.Duration) error {
	timer := time.NewTimer(idle) // [!note] one timer for the whole loop
	defer timer.Stop()           // [!fix] [!note] stopped when Pump returns, so nothing waits for it to fire
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case m, ok := <-in:
			if !ok {
				return nil
			}
			if err := send(m); err != nil {
				return err
			}
			if !timer.Stop() { // [!fix]
				<-timer.C // [!fix] [!note] before Go 1.23 a timer that fired meanwhile leaves its value in C: drain it, or Reset is followed by a stale tick
			}
			timer.Reset(idle) // [!fix] [!note] restart the idle countdown instead of allocating a new timer
		case <-timer.C:
			return ErrIdle
		}
	}
}

// #endregion
