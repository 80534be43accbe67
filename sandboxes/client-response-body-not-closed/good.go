//go:build !bad

// Package upstream checks the health of the services this one depends on.
package upstream

import (
	"io"
	"net/http"
)

// #region main
// Status asks an upstream service for its health and returns the HTTP
// status code. Only the code matters, but the body still has to be consumed.
func Status(c *http.Client, url string) (int, error) {
	resp, err := c.Get(url)
	if err != nil {
		return 0, err // on error there is no body to close
	}
	defer resp.Body.Close() // [!fix] [!note] close on every path, whatever the status code
	// The transport reuses the connection only once it has seen the end of
	// the body; the cap stops a huge body from being downloaded for nothing.
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // [!fix] [!note] drain what is left so the connection goes back to the pool
	return resp.StatusCode, nil
}

// #endregion
