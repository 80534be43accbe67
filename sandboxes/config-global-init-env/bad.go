//go:build bad

package api

import "time"

// #region main
// cfg is filled in while the package is initialised, before main runs.
var cfg = fromEnv() // [!bug] [!note] evaluated once, during package initialisation: the value is fixed before main's first statement

func fromEnv() Config {
	c := Config{Addr: envOr("APP_ADDR", ":8080")}
	c.ReadHeaderTimeout, _ = time.ParseDuration(envOr("APP_READ_HEADER_TIMEOUT", "5s")) // [!note] nowhere to report an error: "5" (no unit) becomes 0, which means no timeout at all
	return c
}

// LoadConfig returns the service's configuration.
func LoadConfig() (Config, error) {
	return cfg, nil // [!note] whatever the environment held at start-up, and never an error
}

// #endregion
