package payments

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"
)

func TestUndecodableEventIsNotRecorded(t *testing.T) {
	// One P: the handler runs start to finish before the test reads the
	// answer, so an error reply sent from a goroutine of its own
	// (go http.Error(…)) is never written in time, in every run rather than most.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	post := func(s *Service, body string) (int, string) {
		rec := httptest.NewRecorder()
		s.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/webhooks/payments", strings.NewReader(body)))
		return rec.Code, strings.TrimSpace(rec.Body.String())
	}

	t.Run("valid event", func(t *testing.T) {
		s := &Service{Ledger: &Ledger{}}
		const body = `{"order_id":"o-1","amount_cents":1250,"currency":"EUR"}`
		code, _ := post(s, body)
		if got := s.Ledger.Payments(); code != http.StatusNoContent || len(got) != 1 || got[0].AmountCents != 1250 {
			t.Fatalf("POST %s: got %d and recorded %+v, want 204 and one payment of 1250", body, code, got)
		}
		t.Logf("POST %s: %d, recorded %+v", body, code, s.Ledger.Payments()[0])
	})

	t.Run("amount sent as a string", func(t *testing.T) {
		s := &Service{Ledger: &Ledger{}}
		// The provider's new API version sends the amount as a decimal string.
		const body = `{"order_id":"o-2","amount_cents":"12.50","currency":"EUR"}`
		code, resp := post(s, body)
		if got := s.Ledger.Payments(); len(got) > 0 || code < 400 {
			t.Fatalf("POST %s: got %d and recorded %+v; want a 4xx and nothing recorded: the decode error was ignored",
				body, code, got)
		}
		t.Logf("POST %s: %d %s", body, code, resp)
	})

	// The myth: "unmarshalling into a nil pointer panics". It returns an error;
	// the panic comes only when code that ignored the error uses the pointer.
	t.Run("myth: Unmarshal into a nil pointer panics", func(t *testing.T) {
		var p *Payment
		err := json.Unmarshal([]byte(`{"order_id":"o-3"}`), p)
		var invalid *json.InvalidUnmarshalError
		if !errors.As(err, &invalid) {
			t.Fatalf("json.Unmarshal into a nil *Payment returned %v, want a *json.InvalidUnmarshalError", err)
		}
		t.Logf("json.Unmarshal returned %T: %v", err, err)
		panicked := func() (v any) {
			defer func() { v = recover() }()
			_ = p.OrderID // what the caller does next if it ignored err
			return nil
		}()
		t.Logf("reading p.OrderID afterwards panics: %v", panicked)
	})

	// The other myth: "a nil nested pointer whose type has MarshalJSON crashes
	// gin's c.JSON". encoding/json writes null for it without calling the method.
	t.Run("myth: c.JSON crashes on a nil pointer with MarshalJSON", func(t *testing.T) {
		gin.SetMode(gin.TestMode)
		r := gin.New()
		rc := receipt{OrderID: "o-1", Total: money{cents: 1250, currency: "EUR"}}
		r.GET("/value", func(c *gin.Context) { c.JSON(http.StatusOK, rc) })
		r.GET("/pointer", func(c *gin.Context) { c.JSON(http.StatusOK, &rc) })
		for _, c := range []struct{ path, call, want string }{
			// Passed by value, rc.Total is not addressable, so MarshalJSON on
			// *money is not used and its unexported fields encode as {}.
			{"/value", "c.JSON(200, rc)", `{"order_id":"o-1","refund":null,"total":{}}`},
			{"/pointer", "c.JSON(200, &rc)", `{"order_id":"o-1","refund":null,"total":"EUR 12.50"}`},
		} {
			rec := httptest.NewRecorder()
			r.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, c.path, nil))
			if got := rec.Body.String(); rec.Code != http.StatusOK || got != c.want {
				t.Errorf("%s: got %d %s, want 200 %s", c.call, rec.Code, got, c.want)
				continue
			}
			t.Logf("%s: %s", c.call, c.want)
		}
	})
}

// receipt and money stand in for a response type with a custom encoding.
type receipt struct {
	OrderID string `json:"order_id"`
	Refund  *money `json:"refund"` // nil: no refund
	Total   money  `json:"total"`
}

type money struct {
	cents    int64
	currency string
}

// MarshalJSON has a pointer receiver, so only a *money (or an addressable
// money) uses it. Called on a nil *money it would panic; encoding/json never
// calls it for one.
func (m *money) MarshalJSON() ([]byte, error) {
	return json.Marshal(fmt.Sprintf("%s %d.%02d", m.currency, m.cents/100, m.cents%100))
}
