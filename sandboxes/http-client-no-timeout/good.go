//go:build !bad

package rates

import (
	"context"
	"net/http"
	"net/url"
)

// #region main
// Client calls the rates service.
type Client struct {
	base string
	http *http.Client
}

func NewClient(baseURL string) *Client {
	return &Client{base: baseURL, http: &http.Client{
		Timeout: requestTimeout, // [!fix] [!note] bounds the whole call: connect, request, headers and reading the body
	}}
}

// Rate returns how many units of to one unit of from buys.
func (c *Client) Rate(ctx context.Context, from, to string) (float64, error) {
	q := url.Values{"from": {from}, "to": {to}}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/rates?"+q.Encode(), nil)
	if err != nil {
		return 0, err
	}
	resp, err := c.http.Do(req) // the caller's ctx can still cancel sooner
	if err != nil {
		return 0, err // after requestTimeout: a *url.Error whose Timeout() is true
	}
	defer resp.Body.Close()
	return decodeRate(resp)
}

// #endregion
