//go:build !bad

package catalog

import "time"

// #region main
// Product is one product as the storefront sees it.
type Product struct {
	ID         string    `json:"id"`
	Name       string    `json:"name"`
	PriceCents int       `json:"price_cents"`
	Stock      int       `json:"stock"`               // [!fix] [!note] 0 means sold out: always send it
	DeletedAt  time.Time `json:"deleted_at,omitzero"` // [!fix] [!note] Go 1.24+: left out when DeletedAt.IsZero() is true
}

// #endregion
