//go:build bad

// Package upstream checks the health of the services this one depends on.
package upstream

import "net/http"

// #region main
// Status asks an upstream service for its health and returns the HTTP
// status code. Only the code matters, so the body is never looked at.
func Status(c *http.Client, url string) (int, error) {
	resp, err := c.Get(url)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil // [!bug] [!note] resp.Body is never read or closed, so its connection is never reused
}

// #endregion
