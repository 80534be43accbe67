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
	Stock      int       `json:"stock,omitempty"`      // [!bug] [!note] for omitempty the int 0 is an empty value
	DeletedAt  time.Time `json:"deleted_at,omitempty"` // [!note] a struct is never empty to omitempty, so the option does nothing here
}

// #endregion
