//go:build !bad

package search

import (
	"maps"
	"slices"
	"strings"
)

// #region main
// CacheKey identifies a query in the response cache: equal queries must get
// equal keys.
func CacheKey(q Query) string {
	var b strings.Builder
	b.WriteString("search?")
	for _, name := range slices.Sorted(maps.Keys(q)) { // [!fix] [!note] sort the names first: the same query always gives the same key
		b.WriteString(name + "=" + q[name] + "&")
	}
	return b.String()
}

// #endregion
