// Package geo finds the country of a client's IP address. The lookup
// database takes a while to load and a lot of memory to hold, so it is
// loaded on first use and then shared by every request.
package geo

import (
	"net/http"
	"net/netip"
)

// DB maps address prefixes to country codes.
type DB struct {
	prefixes map[netip.Prefix]string
}

// Country returns the country code for addr, or "" if it is unknown.
func (db *DB) Country(addr netip.Addr) string {
	for p, cc := range db.prefixes {
		if p.Contains(addr) {
			return cc
		}
	}
	return ""
}

// open loads the database. In production it reads a large file from disk;
// tests replace it.
var open = func() *DB {
	return &DB{prefixes: map[netip.Prefix]string{
		netip.MustParsePrefix("192.0.2.0/24"): "NL",
	}}
}

// CountryHandler answers with the country of the client's address.
func CountryHandler(w http.ResponseWriter, r *http.Request) {
	addr, err := netip.ParseAddrPort(r.RemoteAddr)
	if err != nil {
		http.Error(w, "bad remote address", http.StatusBadRequest)
		return
	}
	w.Write([]byte(Default().Country(addr.Addr()) + "\n"))
}
