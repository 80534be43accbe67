//go:build bad

package orders

// #region main
// ordersFor returns the customer's orders, oldest first.
func ordersFor(all []Order, customer string) []Order {
	var mine []Order // [!bug] [!note] var gives a nil slice, and it stays nil unless append runs
	for _, o := range all {
		if o.Customer == customer {
			mine = append(mine, o)
		}
	}
	return mine
}

// #endregion
