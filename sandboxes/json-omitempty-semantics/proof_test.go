package catalog

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestProductJSONKeepsMeaningfulZeros(t *testing.T) {
	h := Handler(map[string]Product{
		// On sale, but sold out: Stock 0 is the answer the storefront needs.
		"p-1": {ID: "p-1", Name: "Espresso cup", PriceCents: 900},
		// Taken off the catalogue, with stock left in the warehouse.
		"p-2": {ID: "p-2", Name: "Tea pot", PriceCents: 3200, Stock: 5,
			DeletedAt: time.Date(2026, 1, 15, 10, 0, 0, 0, time.UTC)},
	})
	get := func(id string) string {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/products/"+id, nil))
		if rec.Code != http.StatusOK {
			t.Fatalf("GET /products/%s: status %d", id, rec.Code)
		}
		return strings.TrimSpace(rec.Body.String())
	}

	// A deleted product that is in stock encodes the same way in both versions.
	const deleted = `{"id":"p-2","name":"Tea pot","price_cents":3200,"stock":5,"deleted_at":"2026-01-15T10:00:00Z"}`
	if got := get("p-2"); got != deleted {
		t.Fatalf("GET /products/p-2: got %s, want %s", got, deleted)
	}
	t.Logf("deleted product: %s", deleted)

	const soldOut = `{"id":"p-1","name":"Espresso cup","price_cents":900,"stock":0}`
	got := get("p-1")
	if got == soldOut {
		t.Logf("sold-out product: %s", got)
		return
	}
	if !strings.Contains(got, `"stock":0`) {
		t.Errorf(`the sold-out product has no "stock" field: product.stock is undefined in the storefront, not 0`)
	}
	if strings.Contains(got, `"deleted_at"`) {
		t.Errorf(`the live product carries "deleted_at": a storefront testing if (product.deleted_at) treats it as deleted`)
	}
	t.Fatalf("GET /products/p-1: got %s, want %s", got, soldOut)
}
