//go:build !bad

package stats

// #region main
// topWithOther returns the n biggest rows of rows, which is sorted biggest
// first, followed by one "other" row that adds up the rest.
func topWithOther(rows []Row, n int) []Row {
	if len(rows) <= n {
		return rows
	}
	other := Row{Label: "other"}
	for _, r := range rows[n:] {
		other.Count += r.Count
	}
	return append(rows[:n:n], other) // [!fix] [!note] rows[:n:n] has capacity n: append must copy into a new array, and the cache stays as it was
}

// #endregion
