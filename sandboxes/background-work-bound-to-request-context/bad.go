//go:build bad

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

	s.background.Go(func() {
		ctx, cancel := context.WithTimeout(r.Context(), s.MailTimeout) // [!bug] [!note] a child of the request's context: cancelled when Signup returns, a moment from now
		defer cancel()
		if err := s.Mail.SendWelcome(ctx, email); err != nil {
			s.Log.Error("welcome email failed", "to", email, "err", err) // [!note] reached for almost every signup: the send is aborted before the provider answers
		}
	})
}

// #endregion
