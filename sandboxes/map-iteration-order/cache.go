// Package search caches the results of a product-search API by query.
package search

// Query is a search request's filters, as parsed from the URL: name to value.
type Query map[string]string
