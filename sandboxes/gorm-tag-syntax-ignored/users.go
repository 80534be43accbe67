// Package gormtag shows that GORM does not reject a struct tag it cannot read:
// a column option written with the wrong separator is ignored, and the field
// falls back to GORM's naming convention.
package gormtag

import (
	"context"

	"gorm.io/gorm"
)

// CreateUser inserts a user and returns it with the id the database gave it.
func CreateUser(ctx context.Context, db *gorm.DB, name string) (User, error) {
	u := User{Name: name}
	err := db.WithContext(ctx).Create(&u).Error
	return u, err
}

// FindUser loads one user by primary key.
func FindUser(ctx context.Context, db *gorm.DB, id int64) (User, error) {
	var u User
	err := db.WithContext(ctx).First(&u, id).Error
	return u, err
}
