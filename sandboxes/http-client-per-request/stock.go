// Package inventory is the client a shop's web service uses to ask the
// inventory service how many items of a product are in stock. The web
// service calls it on every product page, often many times at once.
package inventory

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// decodeStock reads the inventory service's answer, {"available": 12}. It
// reads the body to the end, so a reusable connection goes back to its pool.
func decodeStock(resp *http.Response) (int, error) {
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return 0, err
	}
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("inventory service: %s", resp.Status)
	}
	var s struct {
		Available int `json:"available"`
	}
	if err := json.Unmarshal(body, &s); err != nil {
		return 0, fmt.Errorf("inventory service: %w", err)
	}
	return s.Available, nil
}
