// Package relay forwards messages from a queue subscription to a client
// connection, and gives up on a subscription that has gone quiet.
//
// This folder is its own module with "go 1.22" in go.mod: the go line, not the
// toolchain, decides whether unstopped timers can be garbage-collected.
package relay

import "errors"

// Message is one message from the queue.
type Message struct {
	ID   int
	Body []byte
}

// ErrIdle is returned when no message arrives for the idle timeout.
var ErrIdle = errors.New("relay: subscription idle")
