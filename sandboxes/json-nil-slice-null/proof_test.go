package orders

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestNoOrdersIsEmptyArray(t *testing.T) {
	h := Handler([]Order{
		{ID: "o-1", Customer: "c-1", TotalCents: 1250},
		{ID: "o-2", Customer: "c-1", TotalCents: 990},
	})

	// The body the front end receives, byte for byte (minus the trailing newline).
	get := func(customer string) string {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/orders?customer="+customer, nil))
		if rec.Code != http.StatusOK {
			t.Fatalf("customer %s: status %d", customer, rec.Code)
		}
		return strings.TrimSpace(rec.Body.String())
	}

	// A customer with orders looks the same in both versions.
	t.Logf("customer with orders: %s", get("c-1"))

	// A new customer has none yet.
	const want = `{"items":[],"count":0}`
	if got := get("c-new"); got != want {
		t.Fatalf("customer with no orders: got %s, want %s; "+
			"a front end doing data.items.length or data.items.map(...) throws a TypeError on null", got, want)
	}
	t.Logf("customer with no orders: %s", want)
}
