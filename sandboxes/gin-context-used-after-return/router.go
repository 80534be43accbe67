// Package ginctx shows why a *gin.Context must not be used by a goroutine
// that outlives its handler.
package ginctx

import (
	"context"

	"github.com/gin-gonic/gin"
)

// Services are the slow dependencies the handler calls in the background.
type Services struct {
	// CreateLabel asks the carrier for a shipping label; it can take seconds.
	CreateLabel func(ctx context.Context, orderID string) string
	// Notify tells a user that their order has shipped.
	Notify func(user, orderID, label string)
}

// NewRouter serves POST /orders/:id/ship for the user named in X-User.
func NewRouter(s Services) *gin.Engine {
	r := gin.New()
	r.Use(func(c *gin.Context) {
		// Stand-in for real authentication middleware.
		c.Set("user", c.GetHeader("X-User"))
		c.Next()
	})
	r.POST("/orders/:id/ship", shipOrder(s))
	return r
}
