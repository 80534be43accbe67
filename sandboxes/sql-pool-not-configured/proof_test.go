package poolconfig

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"runtime"
	"sync"
	"testing"
	"time"

	"gopitfalls.dev/sandboxes/internal/services"
)

// requests is the size of each burst: five times what the role may open.
const requests = 20

// TestBurstsStayWithinRoleLimit opens the service's pool as a PostgreSQL role
// limited to 5 connections and sends two bursts of 20 concurrent requests,
// one after the other. Every request must be served, and the second burst
// must reuse the first burst's connections instead of opening new ones.
func TestBurstsStayWithinRoleLimit(t *testing.T) {
	admin := os.Getenv(services.PostgresEnv)
	role := "app_" + randomHex(4)
	// Registered first so it runs last, after the test's database (and every
	// session in it) has been dropped.
	t.Cleanup(func() { dropRole(t, admin, role) })
	dsn := services.PostgresDSN(t) // a fresh database of this test's own
	adminDB, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { adminDB.Close() })
	// The service's own login role, as a managed database or a DBA would give it.
	mustExec(t, adminDB, fmt.Sprintf("CREATE ROLE %s LOGIN CONNECTION LIMIT %d", role, roleConnLimit))

	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.User(role)
	// The pool must be configured by the time OpenDB returns: a setting applied
	// later, from a goroutine say, leaves a moment in which requests see the
	// defaults. With one P, a goroutine OpenDB starts does not run before the
	// cap is read here unless OpenDB blocks after starting it; the cap is read
	// again once such goroutines have had 50 ms to run.
	procs := runtime.GOMAXPROCS(1)
	db, err := OpenDB(u.String())
	var capAtReturn int
	if err == nil {
		capAtReturn = db.Stats().MaxOpenConnections
	}
	runtime.GOMAXPROCS(procs)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	time.Sleep(50 * time.Millisecond)
	if capLater := db.Stats().MaxOpenConnections; capLater != capAtReturn {
		t.Fatalf("OpenDB returned a pool with MaxOpenConnections=%d, and it became %d only afterwards: "+
			"requests made in between would have run without the cap", capAtReturn, capLater)
	}

	first := burst(t, db, adminDB, role)
	if len(first.errs) > 0 {
		s := db.Stats()
		t.Fatalf("%d of %d requests failed: %v\n(db.Stats after the burst: MaxOpenConnections=%d, OpenConnections=%d, WaitCount=%d, MaxIdleClosed=%d; "+
			"pg_stat_activity: at most %d sessions of role %s during the burst, its CONNECTION LIMIT is %d)",
			len(first.errs), requests, first.errs[0], s.MaxOpenConnections, s.OpenConnections, s.WaitCount, s.MaxIdleClosed,
			first.peak, role, roleConnLimit)
	}
	afterFirst := db.Stats()

	second := burst(t, db, adminDB, role)
	if len(second.errs) > 0 {
		t.Fatalf("second burst: %d of %d requests failed: %v", len(second.errs), requests, second.errs[0])
	}
	s := db.Stats()
	var reconnected int
	for pid := range second.pids {
		if !first.pids[pid] {
			reconnected++
		}
	}
	if reconnected > 0 {
		t.Fatalf("the second burst opened %d new server sessions: the pool closed %d connections after the first burst "+
			"and had to connect again (db.Stats: MaxOpenConnections=%d, MaxIdleClosed=%d after the first burst, %d after the second; "+
			"server processes: %d in the first burst, %d in the second)",
			reconnected, afterFirst.MaxIdleClosed, s.MaxOpenConnections, afterFirst.MaxIdleClosed, s.MaxIdleClosed,
			len(first.pids), len(second.pids))
	}
	t.Logf("2 bursts of %d requests, all served by %d server sessions (at most %d of role %s at once, its CONNECTION LIMIT is %d); "+
		"db.Stats: MaxOpenConnections=%d, OpenConnections=%d, Idle=%d, WaitCount=%d, MaxIdleClosed=%d",
		requests, len(first.pids), max(first.peak, second.peak), role, roleConnLimit,
		s.MaxOpenConnections, s.OpenConnections, s.Idle, s.WaitCount, s.MaxIdleClosed)
}

type burstResult struct {
	pids map[int]bool // server processes that answered
	errs []error
	peak int // most sessions of the role pg_stat_activity showed during the burst
}

// burst runs requests concurrent lookups, each with a 20 s deadline, while
// watching the role's sessions in pg_stat_activity over the admin connection.
func burst(t *testing.T, db, adminDB *sql.DB, role string) burstResult {
	t.Helper()
	res := burstResult{pids: map[int]bool{}}
	var mu sync.Mutex
	var wg sync.WaitGroup
	start := make(chan struct{})
	for range requests {
		wg.Go(func() {
			<-start
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			var pid int
			err := db.QueryRowContext(ctx, lookup).Scan(&pid)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				res.errs = append(res.errs, err)
				return
			}
			res.pids[pid] = true
		})
	}
	done := make(chan struct{})
	watched := make(chan int)
	go func() { watched <- watchSessions(adminDB, role, done) }()
	close(start)
	wg.Wait()
	close(done)
	res.peak = <-watched
	return res
}

// watchSessions counts the role's sessions every 20 ms until done is closed
// and returns the largest count it saw.
func watchSessions(adminDB *sql.DB, role string, done <-chan struct{}) int {
	peak := 0
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		var n int
		err := adminDB.QueryRowContext(ctx, "SELECT count(*) FROM pg_stat_activity WHERE usename = $1", role).Scan(&n)
		cancel()
		if err == nil {
			peak = max(peak, n)
		}
		select {
		case <-done:
			return peak
		case <-tick.C:
		}
	}
}

func dropRole(t *testing.T, admin, role string) {
	if admin == "" {
		return
	}
	db, err := sql.Open("pgx", admin)
	if err != nil {
		return
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := db.ExecContext(ctx, "DROP ROLE IF EXISTS "+role); err != nil {
		t.Errorf("dropping role %s: %v", role, err)
	}
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func mustExec(t *testing.T, db *sql.DB, query string) {
	t.Helper()
	if _, err := db.Exec(query); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
}
