//go:build !bad

package reminders

import "encoding/json"

// #region main
// Sync compares an appointment read from the database with the copy cached
// at the last sync, tells the customer if it has moved, and caches it again.
func (s *Syncer) Sync(current Appointment) error {
	if data, ok := s.Cache.Get(current.ID); ok {
		var cached Appointment
		if err := json.Unmarshal(data, &cached); err != nil {
			return err
		}
		if !cached.Start.Equal(current.Start) { // [!fix] [!note] Equal compares the instants, whatever Location or monotonic reading each value carries
			s.Notify(current, cached.Start)
		}
	}
	data, err := json.Marshal(current)
	if err != nil {
		return err
	}
	s.Cache.Set(current.ID, data)
	return nil
}

// #endregion
