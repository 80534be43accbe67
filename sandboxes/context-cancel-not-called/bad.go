//go:build bad

package jobs

import "context"

// #region main
// handle runs one job under its own deadline. ctx is the service's
// context: it is cancelled only at shutdown.
func (w *Worker) handle(ctx context.Context, job Job) error {
	jobCtx, _ := context.WithTimeout(ctx, w.JobTimeout) // [!bug] [!proof]
	return w.Process(jobCtx, job)                       // [!note] the job ends in milliseconds, yet jobCtx stays attached to ctx and its timer stays armed until JobTimeout
}

// #endregion
