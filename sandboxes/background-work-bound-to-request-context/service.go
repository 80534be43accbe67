// Package signup serves POST /signup: it creates the account, answers 201 at
// once and sends the welcome email in the background.
package signup

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"sync"
	"time"
)

// Accounts stores user accounts.
type Accounts interface {
	Create(ctx context.Context, email string) error
}

// Service holds what the signup handler needs.
type Service struct {
	Accounts    Accounts
	Mail        *Mailer
	Log         *slog.Logger
	MailTimeout time.Duration // how long one welcome email may take

	background sync.WaitGroup // work the handlers started and did not wait for
}

// Drain waits until the background work started by handlers has finished, or
// ctx is done. Call it after http.Server.Shutdown has returned, so that no
// handler can start more.
func (s *Service) Drain(ctx context.Context) error {
	done := make(chan struct{})
	go func() {
		s.background.Wait()
		close(done)
	}()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("background work still running: %w", ctx.Err())
	}
}

// Mailer sends email through the mail provider's HTTP API.
type Mailer struct {
	URL    string // the provider's send endpoint
	Client *http.Client
}

// SendWelcome asks the provider to send the welcome email to addr. The call
// is abandoned when ctx is done.
func (m *Mailer) SendWelcome(ctx context.Context, addr string) error {
	body, err := json.Marshal(map[string]string{"to": addr, "template": "welcome"})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, m.URL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Request-ID", RequestID(ctx)) // lets the provider's logs be matched with ours
	resp, err := m.Client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	io.Copy(io.Discard, resp.Body)
	if resp.StatusCode != http.StatusAccepted {
		return fmt.Errorf("mail provider answered %s", resp.Status)
	}
	return nil
}

type requestIDKey struct{}

// WithRequestID is middleware that puts the caller's X-Request-ID, or a new
// one, in the request's context.
func WithRequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-ID")
		if id == "" {
			id = rand.Text()
		}
		ctx := context.WithValue(r.Context(), requestIDKey{}, id)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// RequestID returns the request ID that WithRequestID stored in ctx.
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

// decodeEmail reads {"email": "..."} from the request body.
func decodeEmail(w http.ResponseWriter, r *http.Request) (string, error) {
	var in struct {
		Email string `json:"email"`
	}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(&in); err != nil {
		return "", err
	}
	if in.Email == "" {
		return "", fmt.Errorf("email is required")
	}
	return in.Email, nil
}
