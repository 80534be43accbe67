//go:build !bad

package avatars

import (
	"errors"
	"io"
	"net/http"
)

// #region main
// PutAvatar handles PUT /users/{id}/avatar.
func (s *Store) PutAvatar(w http.ResponseWriter, r *http.Request) {
	body := http.MaxBytesReader(w, r.Body, maxAvatarBytes) // [!fix] [!note] past the limit, Read returns an error instead of a quiet EOF
	data, err := io.ReadAll(body)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) { // [!fix] [!note] refuse the whole upload with 413 and store nothing
			http.Error(w, "the picture is larger than 1 MiB", http.StatusRequestEntityTooLarge)
			return // [!fix]
		}
		http.Error(w, "could not read the upload", http.StatusBadRequest)
		return
	}
	s.put(r.PathValue("id"), data)
	w.WriteHeader(http.StatusCreated)
}

// #endregion
