//go:build bad

package profiles

import (
	"context"
	"net/http"
	"net/url"
)

// #region main
// Fetch returns the profile of user id from the accounts service at base.
func Fetch(ctx context.Context, c *http.Client, base, id string) (*Profile, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/users/"+url.PathEscape(id), nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.Do(req)
	defer resp.Body.Close() // [!bug] [!note] when Do fails, resp is nil: evaluating resp.Body here panics before err is ever looked at
	if err != nil {
		return nil, err
	}
	return decodeProfile(resp)
}

// #endregion
