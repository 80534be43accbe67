//go:build bad

package gormsqli

import (
	"context"
	"fmt"

	"gorm.io/gorm"
)

// #region main
// FindByName returns the users called name (from ?name=).
func FindByName(ctx context.Context, db *gorm.DB, name string) ([]User, error) {
	var users []User
	err := db.WithContext(ctx).Where(fmt.Sprintf("name = '%s'", name)).Find(&users).Error // [!bug] [!note] a quote in name ends the string literal, and the rest of name is read as SQL
	return users, err
}

// List returns every user, sorted by the key the client chose (from ?sort=).
func List(ctx context.Context, db *gorm.DB, sort string) ([]User, error) {
	var users []User
	err := db.WithContext(ctx).Order(sort).Find(&users).Error // [!note] Order copies its string into ORDER BY unchanged
	return users, err
}

// #endregion

// #region inline
// Get returns the user whose id is in the URL (/users/{id}).
func Get(ctx context.Context, db *gorm.DB, id string) (User, error) {
	var u User
	err := db.WithContext(ctx).First(&u, id).Error // [!note] a string that is not a number becomes the whole WHERE clause
	return u, err
}

// #endregion
