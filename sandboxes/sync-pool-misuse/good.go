//go:build !bad

package profile

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
)

// maxPooled is the largest buffer worth keeping: one huge response must not
// pin its memory in the pool for good.
const maxPooled = 64 << 10

// #region main
// writeJSON encodes v into a pooled buffer first, so an encoding error can
// still become a 500, then sends it with its Content-Length.
func writeJSON(w http.ResponseWriter, status int, v any) {
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()    // [!fix] [!note] whatever the last user left in it is gone before we write
	defer func() { // [!fix]
		if buf.Cap() <= maxPooled { // [!note] don't keep a huge buffer alive in the pool
			bufPool.Put(buf) // [!note] last use: nothing touches buf, or buf.Bytes(), after this
		}
	}()

	if err := json.NewEncoder(buf).Encode(v); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(buf.Len()))
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// #endregion
