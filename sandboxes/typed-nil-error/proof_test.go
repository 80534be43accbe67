package orders

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestValidOrderIsAccepted(t *testing.T) {
	post := func(body string) *httptest.ResponseRecorder {
		w := httptest.NewRecorder()
		CreateOrder(w, httptest.NewRequest(http.MethodPost, "/orders", strings.NewReader(body)))
		return w
	}

	// An invalid order is rejected either way, with what is wrong with it.
	for _, c := range []struct{ what, body, want string }{
		{"order without a SKU", `{"sku": "", "quantity": 1}`, "invalid order: sku: is required"},
		{"order for no mugs", `{"sku": "MUG-01", "quantity": 0}`, "invalid order: quantity: must be at least 1"},
	} {
		w := post(c.body)
		if got := strings.TrimSpace(w.Body.String()); w.Code != http.StatusUnprocessableEntity || got != c.want {
			t.Fatalf("%s: got %d %q, want 422 %q", c.what, w.Code, got, c.want)
		}
	}

	// A valid one must go through.
	w := post(`{"sku": "MUG-01", "quantity": 2}`)
	if w.Code != http.StatusCreated {
		t.Fatalf("valid order rejected with %d %q: validate returned a non-nil error holding a nil *ValidationError",
			w.Code, strings.TrimSpace(w.Body.String()))
	}
	t.Logf("valid order accepted with %d", w.Code)
}
