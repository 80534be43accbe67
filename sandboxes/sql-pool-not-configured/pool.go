// Package poolconfig shows what database/sql's pool does with its defaults
// under a burst of requests, against a PostgreSQL role that may open only a
// few connections.
package poolconfig

// The service's PostgreSQL role is created WITH CONNECTION LIMIT 5 (the
// proof does this); a pool may use 4 and leave one for an operator's psql.
const (
	roleConnLimit = 5
	maxConns      = 4
)

// lookup stands in for a request's query: it takes 200 ms on the server and
// says which server process (one per connection) answered it.
const lookup = "SELECT pg_backend_pid() FROM pg_sleep(0.2)"
