package relay

import (
	"context"
	"runtime"
	"testing"
	"time"
)

// A busy subscription: 20,000 messages arrive, and Pump forwards them all. The
// idle timeout is an hour, so no timer fires during the test. Once Pump has
// returned, nothing of the loop should still be in memory.
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
	if err := Pump(context.Background(), in, send, time.Hour); err != nil {
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
