//go:build !bad

package gormtx

import (
	"context"

	"gorm.io/gorm"
)

// #region main
// PlaceOrder takes the stock and records the order: both or neither.
func (s *Shop) PlaceOrder(ctx context.Context, requestID, sku string, qty int) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := s.inventory.WithTx(tx).Take(ctx, sku, qty); err != nil { // [!fix] [!note] the repository runs on tx, so the UPDATE joins the transaction
			return err
		}
		return tx.Create(&Order{RequestID: requestID, SKU: sku, Qty: qty}).Error
	})
}

// #endregion
