//go:build !bad

package shop

import (
	"fmt"
	"runtime/debug"
)

// #region main
// sendReceiptLater emails the receipt without making the client wait.
func (s *Service) sendReceiptLater(o Order) {
	go func() {
		defer func() { // [!fix]
			if v := recover(); v != nil { // [!fix] [!note] recover works only in a deferred call on the panicking goroutine itself
				s.Log.Error("sending receipt failed", "order", o.ID,
					"panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			}
		}()
		s.Mail.Send(o.Email, renderReceipt(o))
	}()
}

// #endregion
