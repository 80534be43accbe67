package server

import "time"

// Time budgets the fixed server gives a client. A few seconds for headers and
// a couple of minutes for an idle keep-alive connection are common choices;
// proof_test.go shortens both so the proof runs in about a second.
var (
	headerTimeout = 5 * time.Second
	idleTimeout   = 2 * time.Minute
)
