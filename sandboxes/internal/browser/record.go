package browser

import (
	"fmt"
	"net/http"
	"sync"
)

// Request is one request a Recorder answered.
type Request struct {
	Method, Path string
	// Header is the request's header as the server received it.
	Header http.Header
	// Status is the status code the handler answered with.
	Status int
	// ResponseHeader is the header the handler sent.
	ResponseHeader http.Header
}

// String reads like "OPTIONS /api/orders from http://app.example.localhost:PORT → 401".
func (r Request) String() string {
	from := ""
	if o := r.Header.Get("Origin"); o != "" {
		from = " from " + o
	}
	return fmt.Sprintf("%s %s%s → %d", r.Method, r.Path, from, r.Status)
}

// Recorder wraps a handler and remembers every request it answered, so a
// proof can show what the server did while the browser ran: a request the
// server answered 200 whose response the browser then refused, or a
// preflight that never let the real request through.
type Recorder struct {
	h    http.Handler
	mu   sync.Mutex
	reqs []Request
}

// Record wraps h.
func Record(h http.Handler) *Recorder { return &Recorder{h: h} }

func (rec *Recorder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	sw := &statusWriter{ResponseWriter: w}
	rec.h.ServeHTTP(sw, r)
	if sw.status == 0 {
		sw.status = http.StatusOK
	}
	// Recorded before net/http sends the buffered response, so the request is
	// in the list by the time the browser has the answer.
	rec.mu.Lock()
	rec.reqs = append(rec.reqs, Request{Method: r.Method, Path: r.URL.RequestURI(), Header: r.Header.Clone(), Status: sw.status, ResponseHeader: w.Header().Clone()})
	rec.mu.Unlock()
}

// Requests returns the requests answered so far, oldest first.
func (rec *Recorder) Requests() []Request {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	return append([]Request(nil), rec.reqs...)
}

// Reset forgets the requests answered so far.
func (rec *Recorder) Reset() {
	rec.mu.Lock()
	rec.reqs = nil
	rec.mu.Unlock()
}

type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
