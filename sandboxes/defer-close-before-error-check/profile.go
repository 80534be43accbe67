// Package profiles fetches user profiles from the accounts service.
package profiles

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// Profile is what the accounts service returns for one user.
type Profile struct {
	ID    string `json:"id"`
	Email string `json:"email"`
}

func decodeProfile(resp *http.Response) (*Profile, error) {
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("accounts service: %s", resp.Status)
	}
	var p Profile
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
		return nil, fmt.Errorf("accounts service: decoding the profile: %w", err)
	}
	return &p, nil
}
