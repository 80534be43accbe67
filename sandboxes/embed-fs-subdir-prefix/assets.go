// Package web serves a front end's build output from inside the Go binary.
package web

import "embed"

// The bundler writes the front end to dist/ and go:embed compiles the folder
// into the binary. Names in assets keep the folder: "dist/index.html",
// "dist/assets/app.js".
//
//go:embed dist
var assets embed.FS
