//go:build bad

package avatars

import (
	"io"
	"net/http"
)

// #region main
// PutAvatar handles PUT /users/{id}/avatar.
func (s *Store) PutAvatar(w http.ResponseWriter, r *http.Request) {
	data, err := io.ReadAll(io.LimitReader(r.Body, maxAvatarBytes)) // [!bug] [!note] LimitReader reports EOF at the limit: the rest of the upload is dropped without an error
	if err != nil {
		http.Error(w, "could not read the upload", http.StatusBadRequest)
		return
	}
	s.put(r.PathValue("id"), data) // [!note] err was nil, so whatever ReadAll returned is saved as the user's picture
	w.WriteHeader(http.StatusCreated)
}

// #endregion
