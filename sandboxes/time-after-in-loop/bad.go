//go:build bad

package relay

import (
	"context"
	"time"
)

// #region main
// Pump sends every message from in to send until in is closed, ctx is
// cancelled, or no message arrives for idle.
func Pump(ctx context.Context, in <-chan Message, send func(Message) error, idle time.Duration) error {
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
		case <-time.After(idle): // [!bug] [!note] a new timer every time round the loop; before Go 1.23 each one stays in memory until it fires, idle from now
			return ErrIdle
		}
	}
}

// #endregion
