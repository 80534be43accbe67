// Package gormtx shows a GORM transaction whose callback writes through the
// outer *gorm.DB: that write runs on another pooled connection, outside the
// transaction.
package gormtx

import (
	"context"
	"errors"

	"gorm.io/gorm"
)

// Stock is the quantity on hand of one product.
type Stock struct {
	SKU string `gorm:"primaryKey"`
	Qty int
}

// Order is one placed order. Its primary key is the client's request id, so a
// retried request fails instead of ordering twice.
type Order struct {
	RequestID string `gorm:"primaryKey"`
	SKU       string
	Qty       int
}

// ErrOutOfStock is returned when there is less stock than ordered.
var ErrOutOfStock = errors.New("out of stock")

// Inventory is a repository over the stock table. It runs on whichever handle
// it holds: the pool, or a transaction.
type Inventory struct{ db *gorm.DB }

// NewInventory returns an Inventory that runs on db.
func NewInventory(db *gorm.DB) *Inventory { return &Inventory{db: db} }

// WithTx returns an Inventory that runs inside the transaction tx.
func (inv *Inventory) WithTx(tx *gorm.DB) *Inventory { return &Inventory{db: tx} }

// Take removes qty units of sku from stock, or returns ErrOutOfStock.
func (inv *Inventory) Take(ctx context.Context, sku string, qty int) error {
	res := inv.db.WithContext(ctx).Model(&Stock{}).
		Where("sku = ? AND qty >= ?", sku, qty).
		Update("qty", gorm.Expr("qty - ?", qty))
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		return ErrOutOfStock
	}
	return nil
}

// Shop places orders. Like most services it holds the application's *gorm.DB
// and repositories built on it.
type Shop struct {
	db        *gorm.DB
	inventory *Inventory
}

// NewShop returns a Shop working on db.
func NewShop(db *gorm.DB) *Shop { return &Shop{db: db, inventory: NewInventory(db)} }
