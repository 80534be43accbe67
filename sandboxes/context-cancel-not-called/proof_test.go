package jobs

import (
	"context"
	"errors"
	"testing"
	"time"
)

// The proof for this page is go vet's lostcancel check; these tests show the
// worker itself behaves.

// Every job runs under its own deadline, and a job that overruns it fails
// with context.DeadlineExceeded while the worker carries on.
func TestWorkerRunsJobsWithDeadline(t *testing.T) {
	var done []int
	var failed []error
	w := &Worker{
		JobTimeout: 50 * time.Millisecond,
		Process: func(ctx context.Context, job Job) error {
			if _, ok := ctx.Deadline(); !ok {
				t.Errorf("job %d: context has no deadline", job.ID)
			}
			if job.ID == 2 { // this job is too slow
				<-ctx.Done()
				return ctx.Err()
			}
			done = append(done, job.ID)
			return nil
		},
		Failed: func(job Job, err error) { failed = append(failed, err) },
	}

	jobs := make(chan Job, 3)
	jobs <- Job{ID: 1}
	jobs <- Job{ID: 2}
	jobs <- Job{ID: 3}
	close(jobs)
	if err := w.Run(context.Background(), jobs); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if len(done) != 2 || done[0] != 1 || done[1] != 3 {
		t.Errorf("finished jobs %v, want [1 3]", done)
	}
	if len(failed) != 1 || !errors.Is(failed[0], context.DeadlineExceeded) {
		t.Errorf("failures %v, want one context.DeadlineExceeded", failed)
	}
}

// Once a job has returned, its context must already be cancelled; a live one
// is still attached to the service's context, with its timer armed. This is
// the behaviour test proof.yaml names: the good variant must pass it too, so
// a handle that quiets go vet but still leaves contexts live, or cancels the
// job's context before the job has run, fails.
func TestJobContextIsReleasedWhenJobEnds(t *testing.T) {
	const n = 5
	var jobCtxs []context.Context
	w := &Worker{
		JobTimeout: time.Minute,
		Process: func(ctx context.Context, job Job) error {
			if err := ctx.Err(); err != nil {
				t.Errorf("job %d started with its context already done (%v): it cannot do its work", job.ID, err)
			}
			jobCtxs = append(jobCtxs, ctx)
			return nil
		},
	}
	service, stop := context.WithCancel(context.Background())
	defer stop()

	jobs := make(chan Job, n)
	for i := 1; i <= n; i++ {
		jobs <- Job{ID: i}
	}
	close(jobs)
	if err := w.Run(service, jobs); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if len(jobCtxs) != n {
		t.Fatalf("%d jobs ran, want %d", len(jobCtxs), n)
	}
	live := 0
	for _, c := range jobCtxs {
		if c.Err() == nil {
			live++
		}
	}
	if live > 0 {
		t.Fatalf("%d of %d jobs have returned but their contexts are still live: each stays attached to the service context until its %v timeout", live, n, w.JobTimeout)
	}
}
