// Package quote serves shipping quotes. Every quote asks the pricing
// service, which can take a while, so a caller may give up first.
package quote

import "net/http"

// Handler serves GET /quote?sku=….
type Handler struct {
	Client     *http.Client // shared, with the usual timeouts
	PricingURL string       // base URL of the pricing service
}
