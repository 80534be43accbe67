//go:build bad

package orders

// #region main
// Order is one order as the front end sees it. IDs come from a
// Snowflake-style generator: 64-bit and far above 2^53.
type Order struct {
	ID         int64  `json:"id"` // [!bug] [!note] sent as a bare JSON number, which JavaScript reads into a double: exact only up to 2^53
	Customer   string `json:"customer"`
	TotalCents int64  `json:"total_cents"`
}

// #endregion
