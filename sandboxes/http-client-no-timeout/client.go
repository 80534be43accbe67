// Package rates is the client a checkout service uses to ask the rates
// service for currency exchange rates.
package rates

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// requestTimeout is the most one call to the rates service may take, from
// dialling to the last byte of the body. proof_test.go shortens it so the
// proof runs in about a second.
var requestTimeout = 5 * time.Second

// decodeRate reads the rates service's answer, {"rate": 1.0842}.
func decodeRate(resp *http.Response) (float64, error) {
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("rates service: %s", resp.Status)
	}
	var body struct {
		Rate float64 `json:"rate"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return 0, fmt.Errorf("rates service: decoding the answer: %w", err)
	}
	return body.Rate, nil
}
