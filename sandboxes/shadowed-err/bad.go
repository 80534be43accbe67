//go:build bad

package users

import "context"

// #region main
// Import stores users in order and stops at the first failure, which it
// returns so the caller can tell the uploader which rows were not imported.
func (im *Importer) Import(ctx context.Context, users []User) error {
	var err error
	for _, u := range users {
		if u.Email == "" {
			continue // blank rows are skipped
		}
		id, err := im.Store.Insert(ctx, u) // [!bug] [!note] := declares a new err, local to the loop body, that hides the one declared above
		if err != nil {
			break // [!note] leaves the loop, and the inner err holding the failure goes with it
		}
		im.Log.Printf("imported %s as user %d", u.Email, id)
	}
	return err // [!note] the outer err, never assigned: always nil
}

// #endregion
