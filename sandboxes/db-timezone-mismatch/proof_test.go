package tzshift

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the children load Asia/Shanghai even where /usr/share/zoneinfo is missing

	"gopitfalls.dev/sandboxes/internal/services"
)

// The instant the event happened: 09:30 in Shanghai (UTC+8), 01:30 UTC.
var happened = time.Date(2026, 3, 1, 1, 30, 0, 0, time.UTC)

const (
	roleEnv  = "TZSHIFT_ROLE"  // "write" or "read": the child plays one service
	pgEnv    = "TZSHIFT_PG"    // the test's PostgreSQL database
	mariaEnv = "TZSHIFT_MARIA" // the test's MariaDB database, without parameters
)

// TestEventTimeSurvivesZones plays two services that share the databases: one
// on a machine in Asia/Shanghai saves the event's time (as time.Now would give
// it, in the machine's zone), one in UTC reads it back. Each runs as a child
// process of its own with TZ set, as on real machines. The instant read must be
// the instant written, on PostgreSQL and on MariaDB.
func TestEventTimeSurvivesZones(t *testing.T) {
	if role := os.Getenv(roleEnv); role != "" {
		playService(t, role)
		return
	}
	ctx := t.Context()
	pgDSN, mariaServer := services.PostgresDSN(t), services.MariaDBDSN(t)
	pg := open(t, "pgx", pgDSN)
	maria := open(t, "mysql", MariaDBDSN(mariaServer))
	if err := CreatePostgresTable(ctx, pg); err != nil {
		t.Fatalf("CreatePostgresTable: %v", err)
	}
	if err := CreateMariaDBTable(ctx, maria); err != nil {
		t.Fatalf("CreateMariaDBTable: %v", err)
	}
	env := []string{pgEnv + "=" + pgDSN, mariaEnv + "=" + mariaServer}
	saved := child(t, "Asia/Shanghai", "write", env)
	read := child(t, "UTC", "read", env)

	// What each server holds, in its own words.
	pgText := pgColumnText(t, pg)
	var mariaText string
	if err := maria.QueryRowContext(ctx, "SELECT CAST(happened_at AS CHAR) FROM events WHERE id = 1").Scan(&mariaText); err != nil {
		t.Fatal(err)
	}
	t.Logf("PostgreSQL holds %s", pgText)
	t.Logf("MariaDB holds %q", mariaText)
	logWithoutParseTime(t, mariaServer)

	for _, server := range []string{"PostgreSQL", "MariaDB"} {
		got, err := time.Parse(time.RFC3339Nano, read[server])
		if err != nil {
			t.Fatalf("%s: the reader printed %q: %v", server, read[server], err)
		}
		holds := pgText
		if server == "MariaDB" {
			holds = fmt.Sprintf("%q", mariaText)
		}
		if !got.Equal(happened) {
			t.Errorf("%s: the Asia/Shanghai service saved %s; the UTC service read %s, %v late (the column holds %s)",
				server, saved[server], got.Format("2006-01-02 15:04:05 -0700 MST"), got.Sub(happened), holds)
		}
	}
}

// playService is the child: it saves the event or reads it back on both
// servers, and prints one line per server for the parent.
func playService(t *testing.T, role string) {
	ctx := t.Context()
	pg := open(t, "pgx", os.Getenv(pgEnv))
	maria := open(t, "mysql", MariaDBDSN(os.Getenv(mariaEnv)))
	switch role {
	case "write":
		now := happened.In(time.Local) // what time.Now() returns on this machine at that instant
		if _, off := now.Zone(); off != 8*60*60 {
			t.Fatalf("the writer's zone is %s, not UTC+8: TZ=Asia/Shanghai was not loaded", now.Location())
		}
		if err := SavePostgres(ctx, pg, 1, now); err != nil {
			t.Fatalf("SavePostgres: %v", err)
		}
		if err := SaveMariaDB(ctx, maria, 1, now); err != nil {
			t.Fatalf("SaveMariaDB: %v", err)
		}
		for _, s := range []string{"PostgreSQL", "MariaDB"} {
			fmt.Printf("RESULT %s %s\n", s, now.Format("2006-01-02 15:04:05 -0700 MST"))
		}
	case "read":
		at, err := LoadPostgres(ctx, pg, 1)
		if err != nil {
			t.Fatalf("LoadPostgres: %v", err)
		}
		fmt.Printf("RESULT PostgreSQL %s\n", at.Format(time.RFC3339Nano))
		if at, err = LoadMariaDB(ctx, maria, 1); err != nil {
			t.Fatalf("LoadMariaDB: %v", err)
		}
		fmt.Printf("RESULT MariaDB %s\n", at.Format(time.RFC3339Nano))
	}
}

// child runs this test again as a service in zone tz and returns its RESULT lines by server.
func child(t *testing.T, tz, role string, env []string) map[string]string {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestEventTimeSurvivesZones$", "-test.count=1")
	cmd.Env = append(os.Environ(), append(env, "TZ="+tz, roleEnv+"="+role)...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("the %s service (TZ=%s) failed: %v\n%s", role, tz, err, out)
	}
	got := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "RESULT "); ok {
			server, value, _ := strings.Cut(rest, " ")
			got[server] = value
		}
	}
	if len(got) != 2 {
		t.Fatalf("the %s service (TZ=%s) printed no result for each server:\n%s", role, tz, out)
	}
	return got
}

// pgColumnText shows the stored value as PostgreSQL prints it in a session whose
// TimeZone is UTC and in one whose TimeZone is Asia/Shanghai.
func pgColumnText(t *testing.T, db *sql.DB) string {
	t.Helper()
	conn, err := db.Conn(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var parts []string
	for _, zone := range []string{"UTC", "Asia/Shanghai"} {
		var text string
		if _, err := conn.ExecContext(t.Context(), "SET TimeZone = '"+zone+"'"); err != nil {
			t.Fatal(err)
		}
		if err := conn.QueryRowContext(t.Context(), "SELECT happened_at::text FROM events WHERE id = 1").Scan(&text); err != nil {
			t.Fatal(err)
		}
		parts = append(parts, fmt.Sprintf("%q in a session with TimeZone %s", text, zone))
	}
	return strings.Join(parts, ", ")
}

// logWithoutParseTime records what the driver does with a DATETIME and a
// time.Time destination when the DSN lacks parseTime=true.
func logWithoutParseTime(t *testing.T, server string) {
	t.Helper()
	db := open(t, "mysql", server)
	var at time.Time
	err := db.QueryRowContext(t.Context(), "SELECT happened_at FROM events WHERE id = 1").Scan(&at)
	t.Logf("MariaDB DSN without parseTime=true, Scan into a time.Time: %v", err)
}

func open(t *testing.T, driver, dsn string) *sql.DB {
	t.Helper()
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatalf("opening %s: %v", driver, err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}
