//go:build !bad

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
	if err != nil { // [!fix]
		return nil, err // [!note] on error resp is nil and there is no body to close
	}
	defer resp.Body.Close() // [!fix] [!note] only now is there a response whose body must be closed
	return decodeProfile(resp)
}

// #endregion
