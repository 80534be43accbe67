//go:build bad

package ginctx

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// #region main
func shipOrder(s Services) gin.HandlerFunc {
	return func(c *gin.Context) {
		c.JSON(http.StatusAccepted, gin.H{"order": c.Param("id"), "status": "shipping"})

		// Answer now, create the label and notify the user in the background.
		go func() {
			label := s.CreateLabel(c, c.Param("id"))            // [!bug] [!note] c as a context.Context: Done() is nil unless engine.ContextWithFallback is set
			s.Notify(c.GetString("user"), c.Param("id"), label) // [!note] the handler has returned: c is back in Gin's pool, maybe serving another request
		}()
	}
}

// #endregion
