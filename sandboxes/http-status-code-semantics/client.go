package profiles

import (
	"io"
	"net/http"
	"time"
)

// RetryClient is the kind of client that calls this API: it retries a
// request that failed on the server's side (a transport error or a 5xx
// response) and never one the server rejected with a 4xx. Retrying HTTP
// clients make the same split by default, though many also retry 429 Too
// Many Requests (go-retryablehttp v0.7.8 does).
type RetryClient struct {
	HTTP     *http.Client
	Attempts int           // total tries, the first one included
	Backoff  time.Duration // wait before each retry, multiplied by the retry number
}

// Do sends req, retrying as described above. req's body must be rewindable
// (http.NewRequest sets GetBody for bytes and strings readers).
func (c *RetryClient) Do(req *http.Request) (*http.Response, error) {
	for attempt := 1; ; attempt++ {
		try := req.Clone(req.Context())
		if req.GetBody != nil {
			body, err := req.GetBody()
			if err != nil {
				return nil, err
			}
			try.Body = body
		}
		resp, err := c.HTTP.Do(try)
		serverFault := err != nil || resp.StatusCode >= 500
		if !serverFault || attempt >= c.Attempts {
			return resp, err
		}
		if resp != nil {
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
		time.Sleep(c.Backoff * time.Duration(attempt))
	}
}
