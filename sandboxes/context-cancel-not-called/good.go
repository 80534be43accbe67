//go:build !bad

package jobs

import "context"

// #region main
// handle runs one job under its own deadline. ctx is the service's
// context: it is cancelled only at shutdown.
func (w *Worker) handle(ctx context.Context, job Job) error {
	jobCtx, cancel := context.WithTimeout(ctx, w.JobTimeout)
	defer cancel() // [!fix] [!note] the job is done: stop the timer and detach jobCtx from ctx now
	return w.Process(jobCtx, job)
}

// #endregion
