package orders

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// frontEnd is what the web page does with the order list: JSON.parse, then
// build the link to the first order. Node runs it, so the numbers go through
// a real JavaScript engine.
const frontEnd = `
const orders = JSON.parse(require("fs").readFileSync(0, "utf8"));
process.stdout.write("/orders/" + orders[0].id);
`

func TestFrontEndOpensTheRightOrder(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node not found on PATH: this proof parses the API's JSON with JavaScript's JSON.parse, so it needs Node.js")
	}
	const id = 1891462304771457025 // a Snowflake-style ID, between 2^60 and 2^61
	h := Handler([]Order{{ID: id, Customer: "c-1", TotalCents: 4250}})

	// The list the front end loads.
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/orders", nil))
	body := strings.TrimSpace(rec.Body.String())
	t.Logf("GET /orders: %s", body)

	// The link the front end builds from it.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "-e", frontEnd)
	cmd.Stdin = strings.NewReader(body)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("running the front-end code in node: %v\n%s", err, stderr.String())
	}
	link := string(out)

	// JSON.parse turns a number into the nearest IEEE-754 double, exactly as
	// strconv.ParseFloat does; this is the value a bare JSON number becomes.
	f, _ := strconv.ParseFloat(strconv.Itoa(id), 64)
	t.Logf("%d as a double is %.0f; JavaScript builds the link %s", id, f, link)

	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, link, nil))
	if want := "/orders/" + strconv.Itoa(id); link != want || rec.Code != http.StatusOK {
		t.Fatalf("the front end asked for %s instead of %s and got %d: JSON.parse rounded order id %d to the nearest double",
			link, want, rec.Code, id)
	}
	t.Logf("GET %s: %d %s", link, rec.Code, strings.TrimSpace(rec.Body.String()))
}
