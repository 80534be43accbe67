// Package stock answers "how many of each of these items are in stock?" for a
// basket, asking the inventory service about every item.
package stock

import "context"

// maxLookups is how many inventory calls one basket may have in flight at
// once. The inventory service's capacity, divided by the number of requests
// this service serves at the same time, is where such a number comes from.
const maxLookups = 8

// Checker looks up stock levels for whole baskets.
type Checker struct {
	// Lookup asks the inventory service how many units of sku are in stock.
	Lookup func(ctx context.Context, sku string) (int, error)
}
