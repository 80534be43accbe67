//go:build !bad

package api

import (
	"fmt"
	"time"
)

// #region main
// LoadConfig reads the configuration from the environment when it is called,
// and reports the first value it cannot use.
func LoadConfig() (Config, error) { // [!note] main calls it after loading .env files or flags, and passes the result on
	c := Config{Addr: envOr("APP_ADDR", ":8080")}
	d, err := time.ParseDuration(envOr("APP_READ_HEADER_TIMEOUT", "5s"))
	if err != nil { // [!fix]
		return Config{}, fmt.Errorf("APP_READ_HEADER_TIMEOUT: %w", err) // [!note] the service refuses to start instead of running without a timeout
	}
	if d <= 0 { // [!fix]
		return Config{}, fmt.Errorf("APP_READ_HEADER_TIMEOUT must be positive, got %v", d)
	}
	c.ReadHeaderTimeout = d // [!fix]
	return c, nil
}

// #endregion
