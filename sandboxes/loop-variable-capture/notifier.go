// Package notify tells users that their order has shipped.
//
// This folder is its own module with "go 1.21" in go.mod: the go line, not the
// toolchain, decides whether a for loop's variables are shared by all
// iterations (before 1.22) or created anew for each one (1.22 and later).
package notify

import "context"

// User is one customer to notify.
type User struct {
	ID    string
	Email string
}

// Limiter paces calls to the mail provider; *rate.Limiter from
// golang.org/x/time/rate has this method.
type Limiter interface {
	Wait(ctx context.Context) error
}

// Notifier sends shipping notifications through a rate-limited mail API.
type Notifier struct {
	Limiter Limiter
	// Send emails one user.
	Send func(ctx context.Context, email, text string) error
}
