// Package search serves search results under settings that operators can
// change without a restart: on SIGHUP the service reads its config file again
// and calls Server.Reload.
package search

import (
	"fmt"
	"net/http"
)

// Config is the part of the config file that can change at run time.
type Config struct {
	Banner     string // shown above the results, e.g. a maintenance notice
	MaxResults int    // how many results a page shows
}

// render writes one response under cfg.
func render(w http.ResponseWriter, cfg Config) {
	fmt.Fprintf(w, "%s\nshowing up to %d results\n", cfg.Banner, cfg.MaxResults)
}
