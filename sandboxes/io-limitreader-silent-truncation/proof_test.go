package avatars

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"
)

func put(s *Store, user string, body []byte) *httptest.ResponseRecorder {
	mux := http.NewServeMux()
	mux.HandleFunc("PUT /users/{id}/avatar", s.PutAvatar)
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest(http.MethodPut, "/users/"+user+"/avatar", bytes.NewReader(body)))
	return rec
}

func TestOversizedUploadIsRefused(t *testing.T) {
	s := &Store{}

	// A picture under the limit is stored byte for byte.
	small := bytes.Repeat([]byte{0x89}, 200<<10)
	if rec := put(s, "ann", small); rec.Code != http.StatusCreated {
		t.Fatalf("a 200 KiB picture got %d %s, want 201 Created", rec.Code, http.StatusText(rec.Code))
	}
	if got, _ := s.Get("ann"); !bytes.Equal(got, small) {
		t.Fatalf("the 200 KiB picture was stored as %d bytes", len(got))
	}

	// A 3 MiB picture is over the 1 MiB limit: refuse it, keep nothing.
	big := bytes.Repeat([]byte{0x89}, 3<<20)
	rec := put(s, "bob", big)
	stored, ok := s.Get("bob")
	t.Logf("3 MiB picture: %d %s, stored=%v (%d bytes)", rec.Code, http.StatusText(rec.Code), ok, len(stored))
	if ok {
		t.Fatalf("a %d-byte upload was answered %d %s and stored as its first %d bytes: the rest was dropped without an error",
			len(big), rec.Code, http.StatusText(rec.Code), len(stored))
	}
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Fatalf("an oversized upload got %d %s, want 413 Request Entity Too Large", rec.Code, http.StatusText(rec.Code))
	}
	if want := "the picture is larger than 1 MiB\n"; rec.Body.String() != want {
		t.Fatalf("an oversized upload got 413 with the body %q, want %q alone: the handler went on writing after it refused the upload", rec.Body.String(), want)
	}
}
