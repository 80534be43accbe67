package cart

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func addItem(t *testing.T, s *Store, user, qty string) {
	t.Helper()
	r := httptest.NewRequest(http.MethodPost, "/cart/items?sku=MUG-01&qty="+qty, nil)
	r.Header.Set("X-User", user)
	w := httptest.NewRecorder()
	s.AddItem(w, r)
	if w.Code != http.StatusNoContent {
		t.Fatalf("%s adding %s mugs: got %d %q, want 204", user, qty, w.Code, w.Body.String())
	}
}

func TestFirstItemGoesInCart(t *testing.T) {
	s := NewStore()
	// Bob's cart was saved while it was empty: a nil map marshals as null.
	s.carts["bob"] = []byte(`{"owner":"bob","items":null}`)

	addItem(t, s, "ann", "2") // Ann has never had a cart
	addItem(t, s, "ann", "1")
	addItem(t, s, "bob", "1")

	for _, w := range []struct {
		user string
		want int
	}{{"ann", 3}, {"bob", 1}} {
		user, want := w.user, w.want
		c, err := s.Load(user)
		if err != nil {
			t.Fatal(err)
		}
		if got := c.Items["MUG-01"]; got != want {
			t.Fatalf("%s's cart holds %d mugs, want %d", user, got, want)
		}
		t.Logf("%s's cart: %v", user, c.Items)
	}
}
