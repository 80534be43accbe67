package api

// Where our web frontends run. proof_test.go points both at its own servers.
var (
	// webDomain is the domain our frontends are served under.
	webDomain = "example.com"
	// webOrigins are the frontends' exact origins: scheme, host and, when it
	// is not the scheme's default, port.
	webOrigins = []string{"https://example.com", "https://app.example.com"}
)
