//go:build bad

package gormtx

import (
	"context"

	"gorm.io/gorm"
)

// #region main
// PlaceOrder takes the stock and records the order: both or neither.
func (s *Shop) PlaceOrder(ctx context.Context, requestID, sku string, qty int) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := s.inventory.Take(ctx, sku, qty); err != nil { // [!bug] [!note] s.inventory holds the outer *gorm.DB: this UPDATE runs on another connection, outside tx
			return err
		}
		return tx.Create(&Order{RequestID: requestID, SKU: sku, Qty: qty}).Error
	})
}

// #endregion
