package reminders

import (
	"encoding/json"
	"testing"
	"time"
	_ "time/tzdata" // the zone database is built in, so the proof does not depend on the machine's
)

func TestUnchangedAppointmentIsNotReportedAsMoved(t *testing.T) {
	// When a parsed offset matches the machine's own zone, time.Parse uses
	// time.Local. Pin it to UTC so the proof reads the same everywhere.
	saved := time.Local
	time.Local = time.UTC
	t.Cleanup(func() { time.Local = saved })

	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	type notice struct{ from, to time.Time }
	var sent []notice
	s := &Syncer{Cache: NewCache(), Notify: func(a Appointment, from time.Time) {
		sent = append(sent, notice{from, a.Start})
	}}

	// The database row, as the driver returns it on every read.
	row := Appointment{ID: "a-1", Customer: "c-1", Start: time.Date(2026, 3, 10, 9, 30, 0, 0, berlin)}

	// First sync caches the appointment; the second sees the same row again.
	for range 2 {
		if err := s.Sync(row); err != nil {
			t.Fatalf("Sync: %v", err)
		}
	}
	if len(sent) > 0 {
		n := sent[0]
		t.Fatalf("appointment a-1 reported as moved although nothing changed: cached start %v (location %q) and current start %v (location %q) are the same instant, Equal=%v",
			n.from, n.from.Location(), n.to, n.to.Location(), n.from.Equal(n.to))
	}
	t.Logf("same appointment synced twice: no notice sent")

	// A real move is still reported, exactly once.
	row.Start = row.Start.Add(time.Hour)
	if err := s.Sync(row); err != nil {
		t.Fatalf("Sync: %v", err)
	}
	if err := s.Sync(row); err != nil {
		t.Fatalf("Sync: %v", err)
	}
	if len(sent) != 1 {
		t.Fatalf("moving the appointment by an hour sent %d notices, want 1", len(sent))
	}
	t.Logf("appointment moved to %v: one notice sent", sent[0].to)

	// What the JSON round trip kept and what it lost, in either version.
	var cached Appointment
	data, _ := s.Cache.Get("a-1")
	if err := json.Unmarshal(data, &cached); err != nil {
		t.Fatal(err)
	}
	later := cached.Start.AddDate(0, 0, 21).In(berlin)
	want := row.Start.AddDate(0, 0, 21)
	t.Logf("cached JSON %s: the decoded start has location %q; three weeks on, after the switch to summer time, it gives %v in Berlin instead of %v",
		data, cached.Start.Location(), later.Format("15:04 MST"), want.Format("15:04 MST"))
	if cached.Start.Location().String() == "Europe/Berlin" || later.Sub(want) != time.Hour {
		t.Errorf("expected the cached copy to carry only a fixed offset, without Berlin's daylight-saving rules")
	}
}
