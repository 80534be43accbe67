//go:build bad

package search

import "strings"

// #region main
// CacheKey identifies a query in the response cache: equal queries must get
// equal keys.
func CacheKey(q Query) string {
	var b strings.Builder
	b.WriteString("search?")
	for name, value := range q { // [!bug] [!note] map iteration order is unspecified, and the runtime starts each range at a random entry
		b.WriteString(name + "=" + value + "&")
	}
	return b.String()
}

// #endregion
