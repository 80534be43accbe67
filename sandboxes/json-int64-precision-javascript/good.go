//go:build !bad

package orders

// #region main
// Order is one order as the front end sees it. IDs come from a
// Snowflake-style generator: 64-bit and far above 2^53.
type Order struct {
	ID         int64  `json:"id,string"` // [!fix] [!note] sent as "1891462304771457025", a string JavaScript keeps digit for digit
	Customer   string `json:"customer"`
	TotalCents int64  `json:"total_cents"`
}

// #endregion
