package notes

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
)

// bigNote streams a valid JSON note whose text is 16 MiB of 'a', without
// holding it in memory, and counts how many bytes the server pulls from it.
type bigNote struct {
	r    io.Reader
	read int64
}

const textBytes = 16 << 20

func newBigNote() *bigNote {
	return &bigNote{r: io.MultiReader(
		strings.NewReader(`{"title":"huge","text":"`),
		io.LimitReader(repeatA{}, textBytes),
		strings.NewReader(`"}`),
	)}
}

func (b *bigNote) Read(p []byte) (int, error) {
	n, err := b.r.Read(p)
	b.read += int64(n)
	return n, err
}

type repeatA struct{}

func (repeatA) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

func TestOversizedBodyIsRefused(t *testing.T) {
	s := &Service{}

	// A note of normal size is still accepted.
	rec := httptest.NewRecorder()
	s.CreateNote(rec, httptest.NewRequest(http.MethodPost, "/notes", strings.NewReader(`{"title":"hi","text":"hello"}`)))
	if rec.Code != http.StatusCreated {
		t.Fatalf("a small note got %d %s, want 201 Created", rec.Code, http.StatusText(rec.Code))
	}

	// A 16 MiB note: the service should stop reading at its 1 MiB limit.
	body := newBigNote()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	rec = httptest.NewRecorder()
	s.CreateNote(rec, httptest.NewRequest(http.MethodPost, "/notes", body))
	runtime.ReadMemStats(&after)
	allocated := (after.TotalAlloc - before.TotalAlloc) >> 20
	t.Logf("16 MiB note: the handler read %d bytes, allocated about %d MiB and answered %d %s",
		body.read, allocated, rec.Code, http.StatusText(rec.Code))

	if body.read > textBytes {
		t.Fatalf("the handler read the whole 16 MiB body and answered %d %s: nothing capped it at %d bytes",
			rec.Code, http.StatusText(rec.Code), maxNoteBytes)
	}
	if body.read > 2*maxNoteBytes {
		t.Fatalf("the handler read %d bytes, far past its %d-byte limit", body.read, maxNoteBytes)
	}
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("an oversized body got %d %s, want 413 Request Entity Too Large", rec.Code, http.StatusText(rec.Code))
	}
	if want := fmt.Sprintf("request body is larger than %d bytes\n", maxNoteBytes); rec.Body.String() != want {
		t.Fatalf("an oversized body got 413 with the body %q, want %q alone: the handler went on writing after it refused the body", rec.Body.String(), want)
	}
}
