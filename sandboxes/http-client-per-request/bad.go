//go:build bad

package inventory

import (
	"context"
	"net/http"
	"net/url"
	"time"
)

// #region main
// Client calls the inventory service.
type Client struct {
	base string
}

func NewClient(baseURL string) *Client {
	return &Client{base: baseURL}
}

// Stock returns how many items of sku are available.
func (c *Client) Stock(ctx context.Context, sku string) (int, error) {
	hc := &http.Client{
		Transport: &http.Transport{ResponseHeaderTimeout: 2 * time.Second}, // [!bug] [!note] a new Transport is a new, empty connection pool: every call dials (and handshakes) again
		Timeout:   5 * time.Second,
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/stock/"+url.PathEscape(sku), nil)
	if err != nil {
		return 0, err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return decodeStock(resp) // [!note] the connection goes back to hc's pool, which nobody will use again: it stays open, idle, with two goroutines
}

// #endregion
