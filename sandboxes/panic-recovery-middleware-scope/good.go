//go:build !bad

package api

import (
	"io"

	"github.com/gin-gonic/gin"
)

// #region main
// NewRouter returns the API's router. Access lines go to accessOut.
func NewRouter(accessOut io.Writer, tokens map[string]string) *gin.Engine {
	r := gin.New()
	r.Use(accessLog(accessOut)) // [!note] outside Recovery, so it still runs after a panic and logs the 500
	r.Use(gin.Recovery())       // [!fix] [!note] covers everything registered after it: middleware and handlers alike
	r.Use(bearerAuth(tokens))
	r.GET("/orders", listOrders)
	return r
}

// #endregion
