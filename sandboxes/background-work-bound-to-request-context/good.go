//go:build !bad

package signup

import (
	"context"
	"net/http"
)

// #region main
// Signup creates the account, answers 201 and sends the welcome email in the
// background, so the client does not wait for the mail provider.
func (s *Service) Signup(w http.ResponseWriter, r *http.Request) {
	email, err := decodeEmail(w, r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := s.Accounts.Create(r.Context(), email); err != nil {
		http.Error(w, "could not create the account", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)

	// Keep the request's values (the request ID) but not its cancellation:
	// this work must outlive the request.
	detached := context.WithoutCancel(r.Context()) // [!fix] [!note] never cancelled when the handler returns; still carries the request ID
	s.background.Go(func() {                       // [!note] tracked: Drain waits for it at shutdown
		ctx, cancel := context.WithTimeout(detached, s.MailTimeout) // [!fix] [!note] the email's own time budget, not the request's
		defer cancel()
		if err := s.Mail.SendWelcome(ctx, email); err != nil {
			s.Log.Error("welcome email failed", "to", email, "err", err)
		}
	})
}

// #endregion
