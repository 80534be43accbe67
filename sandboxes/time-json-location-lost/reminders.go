// Package reminders keeps customers' appointment reminders in step with the
// booking database, and tells a customer when their appointment moves.
package reminders

import (
	"sync"
	"time"
)

// Appointment is one booking as the database returns it. Start carries the
// shop's time zone, such as Europe/Berlin.
type Appointment struct {
	ID       string    `json:"id"`
	Customer string    `json:"customer"`
	Start    time.Time `json:"start"`
}

// Cache stands in for Redis: it keeps the JSON of each appointment as it was
// when its reminder was last scheduled.
type Cache struct {
	mu   sync.Mutex
	data map[string][]byte
}

func NewCache() *Cache { return &Cache{data: map[string][]byte{}} }

func (c *Cache) Get(key string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	b, ok := c.data[key]
	return b, ok
}

func (c *Cache) Set(key string, b []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.data[key] = b
}

// Syncer runs every few minutes over the upcoming appointments.
type Syncer struct {
	Cache *Cache
	// Notify sends the customer "your appointment has moved to …".
	Notify func(a Appointment, from time.Time)
}
