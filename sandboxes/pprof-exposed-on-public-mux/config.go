// Package server builds the HTTP servers of an API service: the public API,
// and an admin server for profiling.
package server

import "time"

// Where the servers listen.
var (
	PublicAddr = ":8080"          // the API: reachable by anyone who can reach the service
	AdminAddr  = "127.0.0.1:6060" // debugging: reachable from the host only
)

const readHeaderTimeout = 5 * time.Second
