//go:build !bad

package users

import (
	"context"
	"fmt"
)

// #region main
// Import stores users in order and stops at the first failure, which it
// returns so the caller can tell the uploader which rows were not imported.
func (im *Importer) Import(ctx context.Context, users []User) error {
	for _, u := range users {
		if u.Email == "" {
			continue // blank rows are skipped
		}
		id, err := im.Store.Insert(ctx, u)
		if err != nil {
			return fmt.Errorf("importing %s: %w", u.Email, err) // [!fix] [!note] return the failure where it happens: there is no outer err to forget
		}
		im.Log.Printf("imported %s as user %d", u.Email, id)
	}
	return nil
}

// #endregion
