package search

import "testing"

// The same query, asked 50 times, must always map to the same cache entry.
//
// Go's runtime picks a random starting point every time a range loop over a
// map begins, so a key built in range order changes between calls. With five
// entries the chance that 50 loops all start at the same one is below 1e-15,
// so the bad version fails every run, not just some.
func TestSameQuerySameCacheKey(t *testing.T) {
	q := Query{
		"q":        "running shoes",
		"brand":    "acme",
		"size":     "42",
		"color":    "blue",
		"in_stock": "true",
	}
	const calls = 50
	seen := map[string]int{}
	var first string
	for i := 0; i < calls; i++ {
		k := CacheKey(q)
		if i == 0 {
			first = k
		}
		seen[k]++
	}
	if len(seen) > 1 {
		for k := range seen {
			if k != first {
				t.Fatalf("CacheKey gave %d different keys for the same %d-parameter query in %d calls, e.g.\n  %s\n  %s",
					len(seen), len(q), calls, first, k)
			}
		}
	}
	t.Logf("one key in %d calls: %s", calls, first)
}
