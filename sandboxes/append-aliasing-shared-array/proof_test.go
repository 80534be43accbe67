package stats

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestRepeatedRequestsGetTheSameBreakdown(t *testing.T) {
	d := &Dashboard{}
	// What the refresh job cached: 1,200 visits in all.
	d.SetCountries([]Row{{"de", 500}, {"fr", 300}, {"it", 200}, {"es", 120}, {"nl", 80}})
	h := d.Handler()

	get := func() ([]Row, string) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/stats/countries?top=3", nil))
		var rows []Row
		if err := json.Unmarshal(rec.Body.Bytes(), &rows); rec.Code != http.StatusOK || err != nil {
			t.Fatalf("GET /stats/countries?top=3: status %d, %v", rec.Code, err)
		}
		return rows, rec.Body.String()
	}
	total := func(rows []Row) (n int) {
		for _, r := range rows {
			n += r.Count
		}
		return n
	}

	first, body := get()
	t.Logf("first request:  %s", body)
	second, body := get()
	t.Logf("second request: %s", body)
	if total(first) != 1200 || total(second) != 1200 {
		t.Fatalf("the same request counted %d visits, then %d, want 1200 both times: the cached breakdown is now %v",
			total(first), total(second), d.countries)
	}
	if d.countries[3] != (Row{"es", 120}) {
		t.Fatalf("the cached breakdown changed to %v", d.countries)
	}
}
