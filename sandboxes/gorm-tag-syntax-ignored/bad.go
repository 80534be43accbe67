//go:build bad

package gormtag

// #region main
// User is a row of the users table that already exists in the database:
//
//	CREATE TABLE users (id BIGSERIAL PRIMARY KEY, user_name TEXT NOT NULL)
type User struct {
	ID   int64
	Name string `gorm:"column=user_name"` // [!bug] [!note] GORM reads "column=user_name" as one unknown option, so Name maps to the column "name"
}

// #endregion
