// Package quotes asks every shipping carrier for a price at the same time and
// shows the customer all the answers.
package quotes

import "context"

// Carrier is one shipping company's pricing API.
type Carrier struct {
	Name string
	// Quote asks the carrier's API for the price, in cents, of shipping a
	// parcel of the given weight. It can take a second or more.
	Quote func(ctx context.Context, grams int) (cents int, err error)
}

// Quote is one carrier's answer.
type Quote struct {
	Carrier string
	Cents   int
	Err     error
}

// Quoter asks all its carriers at once.
type Quoter struct {
	Carriers []Carrier
}
