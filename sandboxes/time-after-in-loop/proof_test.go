package relay

import (
	"context"
	"errors"
	"runtime"
	"testing"
	"time"
)

// A busy subscription: 20,000 messages arrive, and Pump forwards them all. The
// idle timeout is an hour, so no timer fires during the test. Once Pump has
// returned, nothing of the loop should still be in memory. Then the same
// holds for a thousand short subscriptions, and the idle timeout still works:
// it restarts after every message, and a tick that fired while a message was
// being sent does not end the next wait.
func TestPumpLeavesNothingBehind(t *testing.T) {
	const messages = 20000
	in := make(chan Message, messages)
	for i := 0; i < messages; i++ {
		in <- Message{ID: i}
	}
	close(in)
	sent := 0
	send := func(Message) error { sent++; return nil }

	before := liveHeap()
	if err := pump(t, in, send, time.Hour); err != nil {
		t.Fatalf("Pump: %v", err)
	}
	after := liveHeap()
	runtime.KeepAlive(in) // measure Pump's leftovers, not the queue being freed

	if sent != messages {
		t.Fatalf("sent %d messages, want %d", sent, messages)
	}
	objects := int64(after.objects) - int64(before.objects)
	bytes := int64(after.bytes) - int64(before.bytes)
	t.Logf("after Pump returned: %d more live heap objects, %d more bytes", objects, bytes)
	// Allow some slack; one or more objects per message means the loop left
	// something behind for every message it handled.
	if objects >= messages {
		t.Fatalf("Pump returned, but %d objects (%d KiB) it allocated are still live: about %d per message, held by timers that have not fired yet",
			objects, bytes/1024, objects/messages)
	}

	// A thousand subscriptions of one message each: whatever Pump keeps after
	// it returns adds up. The timer it made must go with it.
	const subscriptions = 1000
	queues := make([]chan Message, subscriptions)
	for i := range queues {
		queues[i] = make(chan Message, 1)
		queues[i] <- Message{ID: i}
		close(queues[i])
	}
	before = liveHeap()
	for _, q := range queues {
		if err := pump(t, q, func(Message) error { return nil }, time.Hour); err != nil {
			t.Fatalf("Pump: %v", err)
		}
	}
	after = liveHeap()
	runtime.KeepAlive(queues)
	objects = int64(after.objects) - int64(before.objects)
	t.Logf("after %d short subscriptions: %d more live heap objects", subscriptions, objects)
	if objects >= subscriptions {
		t.Fatalf("after %d calls to Pump, %d objects are still live: about %d per call, held by a timer nobody stopped",
			subscriptions, objects, objects/subscriptions)
	}

	// Three messages, then silence: each message restarts the countdown, and
	// once the messages stop Pump gives up after idle.
	live := make(chan Message)
	go func() {
		for i := 0; i < 3; i++ {
			live <- Message{ID: i}
		}
	}()
	got := 0
	if err := pump(t, live, func(Message) error { got++; return nil }, 100*time.Millisecond); !errors.Is(err, ErrIdle) || got != 3 {
		t.Fatalf("Pump returned %v after %d messages, want ErrIdle after 3", err, got)
	}

	// The client is slow: sending the first message takes longer than the
	// idle timeout, so the timer fires while Pump is busy, not while it
	// waits. The second message comes 50ms after that send, well within a
	// restarted 500ms timeout: Pump must forward it, not act on the old tick.
	const idle = 500 * time.Millisecond
	slow := make(chan Message)
	slowSent := make(chan struct{})
	go func() {
		slow <- Message{ID: 0}
		<-slowSent
		time.Sleep(50 * time.Millisecond)
		slow <- Message{ID: 1}
		close(slow)
	}()
	got = 0
	err := pump(t, slow, func(m Message) error {
		got++
		if m.ID == 0 {
			time.Sleep(idle + 200*time.Millisecond) // the timer fires meanwhile
			close(slowSent)
		}
		return nil
	}, idle)
	if err != nil || got != 2 {
		t.Fatalf("Pump returned %v after %d messages, want nil after 2: a tick that fired during a slow send ended the next wait", err, got)
	}
}

// pump runs Pump with a background context and waits for it, for 10s at most.
// (Its own timer is stopped: in this go 1.22 module, time.After would leave one
// behind for every call.)
func pump(t *testing.T, in <-chan Message, send func(Message) error, idle time.Duration) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- Pump(context.Background(), in, send, idle) }()
	limit := time.NewTimer(10 * time.Second)
	defer limit.Stop()
	select {
	case err := <-done:
		return err
	case <-limit.C:
		t.Fatalf("Pump has not returned 10s after its input was closed or went quiet")
		return nil
	}
}

type heap struct{ objects, bytes uint64 }

// liveHeap collects garbage and reports what is still reachable.
func liveHeap() heap {
	var m runtime.MemStats
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m)
	return heap{objects: m.HeapObjects, bytes: m.HeapAlloc}
}
