//go:build bad

package shop

// #region main
// sendReceiptLater emails the receipt without making the client wait.
func (s *Service) sendReceiptLater(o Order) {
	go func() { // [!bug] [!note] nothing recovers a panic here: net/http's recover guards the handler's goroutine, not the ones it starts
		s.Mail.Send(o.Email, renderReceipt(o)) // [!note] a guest order panics in renderReceipt, and the whole process exits with status 2
	}()
}

// #endregion
