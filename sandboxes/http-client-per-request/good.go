//go:build !bad

package inventory

import (
	"context"
	"net/http"
	"net/url"
	"time"
)

// #region main
// Client calls the inventory service. Make one and share it: it is safe for
// concurrent use.
type Client struct {
	base string
	http *http.Client
}

func NewClient(baseURL string) *Client {
	tr := http.DefaultTransport.(*http.Transport).Clone() // [!fix] [!note] one Transport, built once: its pool is shared by every call (Clone keeps the proxy, dial and TLS defaults)
	tr.ResponseHeaderTimeout = 2 * time.Second
	tr.MaxIdleConnsPerHost = 32 // [!fix] [!note] the default keeps only 2 idle connections per host; size it to the calls in flight
	return &Client{base: baseURL, http: &http.Client{Transport: tr, Timeout: 5 * time.Second}}
}

// Stock returns how many items of sku are available.
func (c *Client) Stock(ctx context.Context, sku string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/stock/"+url.PathEscape(sku), nil)
	if err != nil {
		return 0, err
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return decodeStock(resp)
}

// #endregion
