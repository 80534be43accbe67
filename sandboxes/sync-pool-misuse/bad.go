//go:build bad

package profile

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
)

// #region main
// writeJSON encodes v into a pooled buffer first, so an encoding error can
// still become a 500, then sends it with its Content-Length.
func writeJSON(w http.ResponseWriter, status int, v any) {
	buf := bufPool.Get().(*bytes.Buffer) // [!bug] [!note] Get may return a buffer another request used, with that request's JSON still in it
	defer bufPool.Put(buf)

	if err := json.NewEncoder(buf).Encode(v); err != nil { // [!note] Encode appends to whatever the buffer holds
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// #endregion
