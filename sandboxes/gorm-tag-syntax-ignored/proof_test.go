package gormtag

import (
	"sync"
	"testing"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"
	"gorm.io/gorm/schema"

	"gopitfalls.dev/sandboxes/internal/services"
)

// TestNameColumnIsMapped works on a users table created by hand (as a migration
// tool would), whose name column is user_name. It asks GORM's own schema parser
// which column User.Name maps to, then reads a row and writes one through GORM.
func TestNameColumnIsMapped(t *testing.T) {
	db, err := gorm.Open(postgres.Open(services.PostgresDSN(t)), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sqlDB.Close() })
	ctx := t.Context()
	for _, q := range []string{
		"CREATE TABLE users (id BIGSERIAL PRIMARY KEY, user_name TEXT NOT NULL)",
		"INSERT INTO users (user_name) VALUES ('Ada')",
	} {
		if err := db.WithContext(ctx).Exec(q).Error; err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}

	// What GORM itself made of the tag: the same parser every query uses.
	s, err := schema.Parse(&User{}, &sync.Map{}, schema.NamingStrategy{})
	if err != nil {
		t.Fatal(err)
	}
	column := s.LookUpField("Name").DBName
	t.Logf("schema.Parse: User.Name maps to the column %q", column)
	if column != "user_name" {
		t.Errorf("GORM maps User.Name to the column %q, want \"user_name\"", column)
	}

	// The same parser on other ways of writing the tag, for the record: GORM
	// reports none of them, it only maps the field to another column.
	for _, m := range []any{
		&struct {
			Name string `gorm:"column=user_name"`
		}{},
		&struct {
			Name string `gorm:"colum:user_name"`
		}{},
		&struct {
			Name string `gorm:"column:user_name,not null"`
		}{},
		&struct {
			Name string `gorm:"column: user_name"`
		}{},
		&struct {
			Name string `gorm:"COLUMN:user_name"`
		}{},
	} {
		s, err := schema.Parse(m, &sync.Map{}, schema.NamingStrategy{})
		if err != nil {
			t.Fatal(err)
		}
		f := s.LookUpField("Name")
		t.Logf("schema.Parse: tag %s -> column %q", f.Tag, f.DBName)
	}

	read := db.ToSQL(func(tx *gorm.DB) *gorm.DB { return tx.First(&User{}, 1) })
	u, err := FindUser(ctx, db, 1)
	switch {
	case err != nil:
		t.Errorf("FindUser(1): %v", err)
	case u.Name != "Ada":
		t.Errorf("FindUser(1) = %+v and no error, want Name \"Ada\": %s returned user_name, which no field of User reads", u, read)
	}

	write := db.ToSQL(func(tx *gorm.DB) *gorm.DB { return tx.Create(&User{Name: "Grace"}) })
	g, err := CreateUser(ctx, db, "Grace")
	if err != nil {
		t.Fatalf("CreateUser(\"Grace\") ran %s: %v", write, err)
	}
	var stored string
	if err := db.WithContext(ctx).Raw("SELECT user_name FROM users WHERE id = ?", g.ID).Scan(&stored).Error; err != nil {
		t.Fatal(err)
	}
	if stored != "Grace" {
		t.Fatalf("CreateUser(\"Grace\") stored user_name %q, want \"Grace\"", stored)
	}
}
