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

	// An invalid order is rejected either way.
	if w := post(`{"sku": "", "quantity": 1}`); w.Code != http.StatusUnprocessableEntity {
		t.Fatalf("order without a SKU: got %d, want 422", w.Code)
	}

	// A valid one must go through.
	w := post(`{"sku": "MUG-01", "quantity": 2}`)
	if w.Code != http.StatusCreated {
		t.Fatalf("valid order rejected with %d %q: validate returned a non-nil error holding a nil *ValidationError",
			w.Code, strings.TrimSpace(w.Body.String()))
	}
	t.Logf("valid order accepted with %d", w.Code)
}
