package orders

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestRoutesKeepMethodAndPath calls the orders API the way a Go client does,
// following redirects with http.Client's default policy.
func TestRoutesKeepMethodAndPath(t *testing.T) {
	t.Run("create", func(t *testing.T) {
		store := NewStore()
		ts := httptest.NewServer(NewMux(store))
		defer ts.Close()

		var hops []string
		client := &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
			prev := via[len(via)-1]
			hops = append(hops, fmt.Sprintf("%s %s got %s and was re-sent as %s %s",
				prev.Method, prev.URL.Path, req.Response.Status, req.Method, req.URL.Path))
			return nil // what the default policy does, up to 10 hops
		}}

		resp, err := client.Post(ts.URL+"/api/orders", "application/json", strings.NewReader(`{"item":"espresso machine"}`))
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		t.Logf("POST /api/orders: %s %s", resp.Status, strings.TrimSpace(string(body)))

		if n := len(store.Orders()); resp.StatusCode != http.StatusCreated || n != 1 {
			why := ""
			if len(hops) > 0 {
				why = "; the client followed a redirect: " + strings.Join(hops, "; ") + ", and a redirected POST loses its body"
			}
			t.Fatalf("POST /api/orders answered %s and stored %d orders, want 201 Created and 1 order%s", resp.Status, n, why)
		}
	})

	t.Run("unsupported method", func(t *testing.T) {
		store := NewStore(Order{ID: 7, Item: "grinder"})
		ts := httptest.NewServer(NewMux(store))
		defer ts.Close()

		req, _ := http.NewRequest(http.MethodDelete, ts.URL+"/api/orders/7", nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		t.Logf("DELETE /api/orders/7: %s (Allow: %q)", resp.Status, resp.Header.Get("Allow"))
		if resp.StatusCode != http.StatusMethodNotAllowed {
			t.Errorf("DELETE /api/orders/7 answered %s, want 405 Method Not Allowed: the API has no delete, yet the client was told it succeeded", resp.Status)
		}
	})
}
