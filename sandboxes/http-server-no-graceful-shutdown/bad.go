//go:build bad

package main

import "log"

// #region main
func main() {
	srv := newServer(listenAddr())
	log.Printf("listening on %s", srv.Addr)
	err := srv.ListenAndServe() // [!bug] [!note] nothing handles SIGTERM: on every deploy the process dies where it stands, mid-request
	log.Fatal(err)
}

// #endregion
