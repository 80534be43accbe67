// Package jobs runs queued jobs for as long as the service lives, giving each
// job its own deadline.
package jobs

import (
	"context"
	"time"
)

// Job is one unit of queued work.
type Job struct {
	ID int
}

// Worker takes jobs off a queue and processes them one at a time.
type Worker struct {
	// Process does the work for one job and should stop when ctx is done.
	Process func(ctx context.Context, job Job) error
	// JobTimeout bounds how long one job may take.
	JobTimeout time.Duration
	// Failed, if set, is told about every job that returned an error.
	Failed func(job Job, err error)
}

// Run processes jobs until the queue is closed or ctx, which lives as long
// as the service, is cancelled.
func (w *Worker) Run(ctx context.Context, jobs <-chan Job) error {
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case job, ok := <-jobs:
			if !ok {
				return nil
			}
			if err := w.handle(ctx, job); err != nil && w.Failed != nil {
				w.Failed(job, err)
			}
		}
	}
}
