//go:build !bad

package ginctx

import (
	"context"
	"net/http"

	"github.com/gin-gonic/gin"
)

// #region main
func shipOrder(s Services) gin.HandlerFunc {
	return func(c *gin.Context) {
		c.JSON(http.StatusAccepted, gin.H{"order": c.Param("id"), "status": "shipping"})

		// Copy while the handler still owns c: the copy has its own Params and Keys.
		// https://pkg.go.dev/github.com/gin-gonic/gin#Context.Copy
		cp := c.Copy() // [!fix] [!note] taken before the goroutine starts
		// The request's context is cancelled when the handler returns; keep its
		// values but not its cancellation, since this work outlives the request.
		ctx := context.WithoutCancel(c.Request.Context()) // [!fix]

		go func() {
			label := s.CreateLabel(ctx, cp.Param("id"))
			s.Notify(cp.GetString("user"), cp.Param("id"), label) // [!note] only the copy crosses into the goroutine
		}()
	}
}

// #endregion
