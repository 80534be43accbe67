//go:build !bad

package gormsqli

import (
	"context"
	"fmt"
	"strconv"

	"gorm.io/gorm"
)

// #region main
// FindByName returns the users called name (from ?name=).
func FindByName(ctx context.Context, db *gorm.DB, name string) ([]User, error) {
	var users []User
	err := db.WithContext(ctx).Where("name = ?", name).Find(&users).Error // [!fix] [!note] name is sent as a bind parameter, apart from the SQL text
	return users, err
}

// sortOrders maps each sort key a client may send to SQL this code wrote.
var sortOrders = map[string]string{
	"name":   "name",
	"email":  "email",
	"newest": "id DESC",
}

// List returns every user, sorted by the key the client chose (from ?sort=).
func List(ctx context.Context, db *gorm.DB, sort string) ([]User, error) {
	order, ok := sortOrders[sort]
	if !ok { // [!fix] [!note] anything not on the list is refused before it reaches SQL
		return nil, ErrBadSort
	}
	var users []User
	err := db.WithContext(ctx).Order(order).Find(&users).Error
	return users, err
}

// #endregion

// #region inline
// Get returns the user whose id is in the URL (/users/{id}).
func Get(ctx context.Context, db *gorm.DB, id string) (User, error) {
	n, err := strconv.ParseInt(id, 10, 64)
	if err != nil { // [!fix] [!note] only a number reaches First, which then matches it against the primary key
		return User{}, fmt.Errorf("%w: %q", ErrBadID, id)
	}
	var u User
	err = db.WithContext(ctx).First(&u, n).Error
	return u, err
}

// #endregion
