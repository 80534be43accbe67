//go:build !bad

package cart

// #region main
// Cart is one user's shopping cart.
type Cart struct {
	Owner string         `json:"owner"`
	Items map[string]int `json:"items"` // SKU → quantity; the zero value of a map is nil
}

// Add puts qty more of sku in the cart.
func (c *Cart) Add(sku string, qty int) {
	if c.Items == nil { // [!fix]
		c.Items = make(map[string]int) // [!fix] [!note] make the map on first write, whichever way the Cart was created
	}
	c.Items[sku] += qty
}

// #endregion
