// Package board serves a front end's build output, embedded in the binary.
package board

import (
	"io/fs"
	"net/http"
)

// Handler serves the embedded build output at the site's root.
func Handler() (http.Handler, error) {
	root, err := fs.Sub(site, "site")
	if err != nil {
		return nil, err
	}
	return http.FileServerFS(root), nil
}
