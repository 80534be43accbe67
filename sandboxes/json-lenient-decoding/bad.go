//go:build bad

package prefs

import (
	"encoding/json"
	"net/http"
)

// #region main
// decodeJSON reads the request body into dst.
func decodeJSON(r *http.Request, dst any) error {
	return json.NewDecoder(r.Body).Decode(dst) // [!bug] [!note] keys that match no field are skipped, and whatever follows the first JSON value is never read
}

// #endregion
