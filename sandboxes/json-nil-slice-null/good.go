//go:build !bad

package orders

// #region main
// ordersFor returns the customer's orders, oldest first.
func ordersFor(all []Order, customer string) []Order {
	mine := []Order{} // [!fix] [!note] empty but not nil: encodes as [] even when nothing matches
	for _, o := range all {
		if o.Customer == customer {
			mine = append(mine, o)
		}
	}
	return mine
}

// #endregion
