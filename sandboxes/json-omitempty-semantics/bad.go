//go:build bad

package catalog

import "time"

// #region main
// Product is one product as the storefront sees it. Every optional-looking
// field is tagged omitempty to keep the responses small.
type Product struct {
	ID         string    `json:"id"`
	Name       string    `json:"name"`
	PriceCents int       `json:"price_cents"`
	Stock      int       `json:"stock,omitempty"`      // [!bug] [!note] 0 counts as empty, so a sold-out product has no stock field at all
	DeletedAt  time.Time `json:"deleted_at,omitempty"` // [!note] a struct is never empty: the zero time is sent as "0001-01-01T00:00:00Z"
}

// #endregion
