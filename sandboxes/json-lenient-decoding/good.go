//go:build !bad

package prefs

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
)

// #region main
// decodeJSON reads the request body into dst. The body must be exactly one
// JSON value, with no keys that dst has no field for.
func decodeJSON(r *http.Request, dst any) error {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields() // [!fix] [!note] a key that matches no field is an error: json: unknown field "…"
	if err := dec.Decode(dst); err != nil {
		return err
	}
	if err := dec.Decode(&struct{}{}); err != io.EOF { // [!fix] [!note] after the first value only the end of the body may follow
		return errors.New("body must contain a single JSON value")
	}
	return nil
}

// #endregion
