// Package rowsleak shows that a *sql.Rows left open keeps its pooled
// connection checked out.
package rowsleak

import "errors"

// ErrAllPaid is returned when the customer owes nothing.
var ErrAllPaid = errors.New("no unpaid invoice")

// byCustomer lists a customer's invoices, oldest first.
const byCustomer = "SELECT id, paid FROM invoices WHERE customer = $1 ORDER BY issued"
