package gormtx

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"testing"
	"time"

	"gorm.io/driver/postgres"
	"gorm.io/gorm"
	"gorm.io/gorm/logger"

	"gopitfalls.dev/sandboxes/internal/services"
)

// TestOrderIsAllOrNothing places orders through Shop.PlaceOrder on a real
// PostgreSQL and checks what a transaction promises: a refused order leaves
// no trace, and the order needs no connection besides its transaction's own.
// Its last subtest checks GORM itself: a panic inside Transaction rolls back
// and gives the connection back.
func TestOrderIsAllOrNothing(t *testing.T) {
	t.Run("a refused retry leaves the stock alone", func(t *testing.T) {
		db, _ := open(t)
		shop := NewShop(db)
		ctx := t.Context()
		if err := shop.PlaceOrder(ctx, "req-1", "widget", 2); err != nil {
			t.Fatalf("first order: %v", err)
		}
		// The client retries the same request: the order's primary key refuses it.
		retry := shop.PlaceOrder(ctx, "req-1", "widget", 2)
		if retry == nil {
			t.Fatal("the retried order was accepted, want a duplicate key error")
		}
		if left := stock(t, db); left != 8 {
			t.Errorf("stock after the refused retry (%v): %d, want 8: the retry's stock update was kept although its transaction rolled back",
				retry, left)
		}
	})

	t.Run("a pool of one connection", func(t *testing.T) {
		db, dsn := open(t)
		sqlDB, _ := db.DB()
		sqlDB.SetMaxOpenConns(1)
		shop := NewShop(db)
		ctx, cancel := context.WithTimeout(t.Context(), 2*time.Second)
		defer cancel()

		done := make(chan error, 1)
		go func() { done <- shop.PlaceOrder(ctx, "req-2", "widget", 1) }()
		var err error
		sessions := "not looked at"
	wait:
		for {
			select {
			case err = <-done:
				break wait
			case <-time.After(10 * time.Millisecond):
				// PlaceOrder is queueing for a connection: ask the server what
				// the one the pool handed out is doing.
				if sqlDB.Stats().WaitCount > 0 && sessions == "not looked at" {
					sessions = idleInTransaction(t, dsn)
				}
			}
		}
		if err != nil {
			s := sqlDB.Stats()
			t.Errorf("PlaceOrder with a pool of one connection: %v (db.Stats: MaxOpenConnections=%d, WaitCount=%d; "+
				"pg_stat_activity while it waited: %s): the stock update queued for a second connection "+
				"while the transaction held the only one", err, s.MaxOpenConnections, s.WaitCount, sessions)
		}
	})

	t.Run("a row the transaction has locked", func(t *testing.T) {
		// GORM and PostgreSQL alone, the same for both variants: with
		// connections to spare, a write through the outer handle to a row
		// the transaction already updated waits for the transaction's lock.
		db, dsn := open(t)
		ctx, cancel := context.WithTimeout(t.Context(), 2*time.Second)
		defer cancel()
		var outer error
		locks := "not looked at"
		_ = db.WithContext(t.Context()).Transaction(func(tx *gorm.DB) error {
			if err := tx.Model(&Stock{}).Where("sku = ?", "widget").Update("qty", 9).Error; err != nil {
				t.Fatalf("update inside the transaction: %v", err)
			}
			done := make(chan error, 1)
			go func() {
				done <- db.WithContext(ctx).Model(&Stock{}).Where("sku = ?", "widget").Update("qty", 7).Error
			}()
			for {
				select {
				case outer = <-done:
					return outer
				case <-time.After(10 * time.Millisecond):
					if locks == "not looked at" {
						if n := waitingOnLock(t, dsn); n > 0 {
							locks = fmt.Sprintf("%d session waiting on a lock", n)
						}
					}
				}
			}
		})
		// GORM joins later errors (from ending the outer statement's own
		// transaction) with "; ": show the first, which says why it ended.
		first := "no error"
		if outer != nil {
			first, _, _ = strings.Cut(outer.Error(), ";")
		}
		t.Logf("inside db.Transaction, after tx updated the widget row, the same update through the outer db "+
			"(pool not full) returned %q; pg_stat_activity while it waited: %s", first, locks)
		if outer == nil || ctx.Err() == nil || locks == "not looked at" {
			t.Errorf("the outer update did not wait for the transaction's row lock")
		}
	})

	t.Run("a panic inside Transaction rolls back and frees the connection", func(t *testing.T) {
		db, dsn := open(t)
		sqlDB, _ := db.DB()
		sqlDB.SetMaxOpenConns(1)
		recovered := func() (r any) {
			defer func() { r = recover() }()
			_ = db.Transaction(func(tx *gorm.DB) error {
				tx.Create(&Order{RequestID: "req-3", SKU: "widget", Qty: 1})
				panic("boom")
			})
			return nil
		}()
		ctx, cancel := context.WithTimeout(t.Context(), 2*time.Second)
		defer cancel()
		var orders int64
		if err := db.WithContext(ctx).Model(&Order{}).Where("request_id = ?", "req-3").Count(&orders).Error; err != nil {
			t.Fatalf("query after the panic, on the pool's only connection: %v", err)
		}
		sessions := idleInTransaction(t, dsn)
		t.Logf("after a panic inside db.Transaction: the caller recovered %q; the next query got the pool's only connection "+
			"(db.Stats InUse=%d); orders written before the panic: %d; pg_stat_activity: %s",
			recovered, sqlDB.Stats().InUse, orders, sessions)
		if recovered != "boom" || orders != 0 || sessions != "0 sessions idle in transaction" {
			t.Errorf("a panic inside Transaction left work behind")
		}
	})
}

// open gives the subtest a fresh database with a stock of 10 widgets.
func open(t *testing.T) (*gorm.DB, string) {
	t.Helper()
	dsn := services.PostgresDSN(t)
	db, err := gorm.Open(postgres.Open(dsn), &gorm.Config{Logger: logger.Discard})
	if err != nil {
		t.Fatal(err)
	}
	sqlDB, err := db.DB()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sqlDB.Close() })
	if err := db.AutoMigrate(&Stock{}, &Order{}); err != nil {
		t.Fatal(err)
	}
	if err := db.Create(&Stock{SKU: "widget", Qty: 10}).Error; err != nil {
		t.Fatal(err)
	}
	return db, dsn
}

func stock(t *testing.T, db *gorm.DB) int {
	t.Helper()
	var s Stock
	if err := db.First(&s, "sku = ?", "widget").Error; err != nil {
		t.Fatal(err)
	}
	return s.Qty
}

// idleInTransaction asks PostgreSQL, over a connection of its own, how many
// sessions of this test's database sit inside a transaction doing nothing.
func idleInTransaction(t *testing.T, dsn string) string {
	t.Helper()
	mon, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer mon.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var n int
	if err := mon.QueryRowContext(ctx, `SELECT count(*) FROM pg_stat_activity
		WHERE datname = current_database() AND state = 'idle in transaction'`).Scan(&n); err != nil {
		t.Fatalf("reading pg_stat_activity: %v", err)
	}
	if n == 1 {
		return "1 session idle in transaction"
	}
	return fmt.Sprintf("%d sessions idle in transaction", n)
}

// waitingOnLock counts the sessions of this test's database that wait for a
// lock another session holds.
func waitingOnLock(t *testing.T, dsn string) int {
	t.Helper()
	mon, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer mon.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var n int
	if err := mon.QueryRowContext(ctx, `SELECT count(*) FROM pg_stat_activity
		WHERE datname = current_database() AND wait_event_type = 'Lock'`).Scan(&n); err != nil {
		t.Fatalf("reading pg_stat_activity: %v", err)
	}
	return n
}
