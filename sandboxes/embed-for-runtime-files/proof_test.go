package uploads

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A user uploads an avatar, and the page then loads it.
func TestUploadedFileIsServed(t *testing.T) {
	s := &Server{Dir: t.TempDir()}
	h := s.Routes()
	avatar := []byte("\x89PNG\r\n\x1a\n fake avatar bytes")

	put := httptest.NewRecorder()
	h.ServeHTTP(put, httptest.NewRequest(http.MethodPut, "/files/avatar-42.png", bytes.NewReader(avatar)))
	if put.Code != http.StatusCreated {
		t.Fatalf("PUT /files/avatar-42.png: status %d, want 201", put.Code)
	}
	if onDisk, err := os.ReadFile(filepath.Join(s.Dir, "avatar-42.png")); err != nil || !bytes.Equal(onDisk, avatar) {
		t.Fatalf("the upload is not on disk: %v", err)
	}
	t.Logf("PUT /files/avatar-42.png: 201, %d bytes written to the uploads folder", len(avatar))

	get := httptest.NewRecorder()
	h.ServeHTTP(get, httptest.NewRequest(http.MethodGet, "/files/avatar-42.png", nil))
	if get.Code != http.StatusOK || !bytes.Equal(get.Body.Bytes(), avatar) {
		t.Fatalf("GET /files/avatar-42.png: status %d (%q), want 200 with the uploaded bytes; the file is on disk, but not in what the handler serves",
			get.Code, strings.TrimSpace(get.Body.String()))
	}
	t.Logf("GET /files/avatar-42.png: 200, %d bytes", get.Body.Len())
}
