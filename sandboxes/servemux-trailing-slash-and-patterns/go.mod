module gopitfalls.dev/sandboxes/servemux-trailing-slash-and-patterns

// go 1.21 selects the ServeMux that Go 1.21 and earlier shipped (GODEBUG
// httpmuxgo121=1): its trailing-slash redirect is a 301, as it was for every
// mux up to Go 1.25.
go 1.21
