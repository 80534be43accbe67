//go:build bad

package cart

// #region main
// Cart is one user's shopping cart.
type Cart struct {
	Owner string         `json:"owner"`
	Items map[string]int `json:"items"` // [!note] SKU → quantity; the zero value of a map is nil
}

// Add puts qty more of sku in the cart.
func (c *Cart) Add(sku string, qty int) {
	c.Items[sku] += qty // [!bug] [!note] a new user's cart was never given a map, and JSON without "items" (or with null) leaves it nil too; += stores into it
}

// #endregion
