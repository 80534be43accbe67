// Package memdb is a small in-memory database/sql driver for the sandboxes.
//
// It exists so that database/sql pitfalls can be proven without a database
// server. All pooling, connection limits, waiting and transaction bookkeeping
// stay in database/sql itself: memdb only executes statements on the
// connections that database/sql asks it to open.
//
// A table holds rows of one TEXT primary key and one INTEGER value. memdb
// understands exactly these statement shapes (case-insensitive, ? arguments):
//
//	CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER)
//	INSERT INTO t (k, v) VALUES (?, ?)
//	SELECT v FROM t WHERE k = ?
//	SELECT k, v FROM t ORDER BY k
//	UPDATE t SET v = ? WHERE k = ?          (also v = v + ? and v = v - ?)
//	DELETE FROM t WHERE k = ?
//
// Changes made in a transaction are invisible to other connections until
// Commit and are discarded by Rollback. There is no locking between
// concurrent transactions: the last commit wins.
package memdb

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"strings"
	"sync"
)

// Connector opens connections to one shared in-memory store.
// Use it with sql.OpenDB; each call to New gives an independent database.
type Connector struct {
	mu     sync.Mutex
	tables map[string]*table
}

type table struct {
	key, val string // column names
	rows     map[string]int64
}

// New returns a connector for a new, empty database.
func New() *Connector {
	return &Connector{tables: map[string]*table{}}
}

// Connect implements driver.Connector.
func (c *Connector) Connect(ctx context.Context) (driver.Conn, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return &conn{db: c}, nil
}

// Driver implements driver.Connector.
func (c *Connector) Driver() driver.Driver { return drv{c} }

type drv struct{ c *Connector }

func (d drv) Open(string) (driver.Conn, error) { return d.c.Connect(context.Background()) }

// conn is one connection. database/sql never uses a connection from two
// goroutines at once, so its own fields need no lock.
type conn struct {
	db     *Connector
	tx     *tx
	closed bool
}

var (
	_ driver.Conn               = (*conn)(nil)
	_ driver.ConnBeginTx        = (*conn)(nil)
	_ driver.SessionResetter    = (*conn)(nil)
	_ driver.Validator          = (*conn)(nil)
	_ driver.ConnPrepareContext = (*conn)(nil)
)

func (c *conn) Prepare(query string) (driver.Stmt, error) {
	return c.PrepareContext(context.Background(), query)
}

func (c *conn) PrepareContext(_ context.Context, query string) (driver.Stmt, error) {
	if c.closed {
		return nil, driver.ErrBadConn
	}
	p, err := parse(query)
	if err != nil {
		return nil, err
	}
	return &stmt{c: c, p: p}, nil
}

func (c *conn) Close() error {
	c.closed = true
	c.tx = nil
	return nil
}

func (c *conn) Begin() (driver.Tx, error) {
	return c.BeginTx(context.Background(), driver.TxOptions{})
}

func (c *conn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	if c.closed {
		return nil, driver.ErrBadConn
	}
	if c.tx != nil {
		return nil, errors.New("memdb: transaction already open on this connection")
	}
	if opts.Isolation != driver.IsolationLevel(0) {
		return nil, errors.New("memdb: only the default isolation level is supported")
	}
	c.tx = &tx{c: c, writes: map[string]map[string]*int64{}}
	return c.tx, nil
}

// ResetSession and IsValid let database/sql keep a connection after a
// context-triggered rollback, as real drivers do.
func (c *conn) ResetSession(context.Context) error {
	if c.closed {
		return driver.ErrBadConn
	}
	return nil
}

func (c *conn) IsValid() bool { return !c.closed }

// tx buffers writes per table: a nil value marks a deleted row.
type tx struct {
	c      *conn
	writes map[string]map[string]*int64
}

func (t *tx) Commit() error {
	if t.c.tx != t {
		return errors.New("memdb: transaction is not active")
	}
	db := t.c.db
	db.mu.Lock()
	defer db.mu.Unlock()
	for name, w := range t.writes {
		tb, ok := db.tables[name]
		if !ok {
			continue
		}
		for k, v := range w {
			if v == nil {
				delete(tb.rows, k)
			} else {
				tb.rows[k] = *v
			}
		}
	}
	t.c.tx = nil
	return nil
}

func (t *tx) Rollback() error {
	if t.c.tx != t {
		return errors.New("memdb: transaction is not active")
	}
	t.c.tx = nil
	return nil
}

type stmt struct {
	c *conn
	p plan
}

func (s *stmt) Close() error  { return nil }
func (s *stmt) NumInput() int { return s.p.args }

func (s *stmt) Exec(args []driver.Value) (driver.Result, error) {
	if s.c.closed {
		return nil, driver.ErrBadConn
	}
	if s.p.op == opSelectOne || s.p.op == opSelectAll {
		return nil, errors.New("memdb: use Query for SELECT")
	}
	return s.c.exec(s.p, args)
}

func (s *stmt) Query(args []driver.Value) (driver.Rows, error) {
	if s.c.closed {
		return nil, driver.ErrBadConn
	}
	if s.p.op != opSelectOne && s.p.op != opSelectAll {
		return nil, errors.New("memdb: use Exec for statements other than SELECT")
	}
	return s.c.query(s.p, args)
}

type op int

const (
	opCreate op = iota
	opInsert
	opSelectOne
	opSelectAll
	opSet
	opAdd
	opSub
	opDelete
)

type plan struct {
	op    op
	table string
	cols  []string // key column, then value column (DELETE: key only), as written
	args  int
}

var shapes = []struct {
	op   op
	re   *regexp.Regexp
	args int
}{
	{opCreate, regexp.MustCompile(`^CREATE TABLE (\w+) \((\w+) TEXT PRIMARY KEY, (\w+) INTEGER\)$`), 0},
	{opInsert, regexp.MustCompile(`^INSERT INTO (\w+) \((\w+), (\w+)\) VALUES \(\?, \?\)$`), 2},
	{opSelectOne, regexp.MustCompile(`^SELECT (\w+) FROM (\w+) WHERE (\w+) = \?$`), 1},
	{opSelectAll, regexp.MustCompile(`^SELECT (\w+), (\w+) FROM (\w+) ORDER BY (\w+)$`), 0},
	{opSet, regexp.MustCompile(`^UPDATE (\w+) SET (\w+) = \? WHERE (\w+) = \?$`), 2},
	{opAdd, regexp.MustCompile(`^UPDATE (\w+) SET (\w+) = (\w+) \+ \? WHERE (\w+) = \?$`), 2},
	{opSub, regexp.MustCompile(`^UPDATE (\w+) SET (\w+) = (\w+) - \? WHERE (\w+) = \?$`), 2},
	{opDelete, regexp.MustCompile(`^DELETE FROM (\w+) WHERE (\w+) = \?$`), 1},
}

func parse(query string) (plan, error) {
	q := strings.Join(strings.Fields(query), " ")
	q = strings.TrimSuffix(q, ";")
	for _, s := range shapes {
		m := s.re.FindStringSubmatch(upperKeywords(q))
		if m == nil {
			continue
		}
		p := plan{op: s.op, args: s.args}
		switch s.op {
		case opCreate, opInsert, opDelete:
			p.table, p.cols = m[1], m[2:]
		case opSelectOne: // SELECT v FROM t WHERE k
			p.table, p.cols = m[2], []string{m[3], m[1]}
		case opSelectAll: // SELECT k, v FROM t ORDER BY k
			if m[4] != m[1] {
				return plan{}, fmt.Errorf("memdb: ORDER BY must name the key column %s", m[1])
			}
			p.table, p.cols = m[3], []string{m[1], m[2]}
		case opSet: // UPDATE t SET v = ? WHERE k
			p.table, p.cols = m[1], []string{m[3], m[2]}
		case opAdd, opSub: // UPDATE t SET v = v +/- ? WHERE k
			if m[3] != m[2] {
				return plan{}, fmt.Errorf("memdb: %s must be computed from itself", m[2])
			}
			p.table, p.cols = m[1], []string{m[4], m[2]}
		}
		return p, nil
	}
	return plan{}, fmt.Errorf("memdb: statement not understood: %q", query)
}

var keywords = regexp.MustCompile(`(?i)\b(CREATE|TABLE|TEXT|PRIMARY|KEY|INTEGER|INSERT|INTO|VALUES|SELECT|FROM|WHERE|ORDER|BY|UPDATE|SET|DELETE)\b`)

// upperKeywords upper-cases SQL keywords so the shapes match in any case,
// leaving table and column names as written.
func upperKeywords(q string) string {
	return keywords.ReplaceAllStringFunc(q, strings.ToUpper)
}

// lookup returns the table and checks the column names used by the statement.
func (c *conn) lookup(p plan) (*table, error) {
	tb, ok := c.db.tables[p.table]
	if !ok {
		return nil, fmt.Errorf("memdb: no such table: %s", p.table)
	}
	want := []string{tb.key, tb.val}[:len(p.cols)] // DELETE names only the key
	if !slices.Equal(p.cols, want) {
		return nil, fmt.Errorf("memdb: table %s has columns (%s, %s), not %v",
			p.table, tb.key, tb.val, p.cols)
	}
	return tb, nil
}

// read returns a row's value as this connection sees it.
func (c *conn) read(p plan, tb *table, key string) (int64, bool) {
	if c.tx != nil {
		if v, ok := c.tx.writes[p.table][key]; ok {
			if v == nil {
				return 0, false
			}
			return *v, true
		}
	}
	v, ok := tb.rows[key]
	return v, ok
}

// write stores a row's new value (nil deletes it), in the transaction if one is open.
func (c *conn) write(p plan, tb *table, key string, v *int64) {
	if c.tx != nil {
		w := c.tx.writes[p.table]
		if w == nil {
			w = map[string]*int64{}
			c.tx.writes[p.table] = w
		}
		w[key] = v
		return
	}
	if v == nil {
		delete(tb.rows, key)
	} else {
		tb.rows[key] = *v
	}
}

func (c *conn) exec(p plan, args []driver.Value) (driver.Result, error) {
	c.db.mu.Lock()
	defer c.db.mu.Unlock()
	if p.op == opCreate {
		if _, ok := c.db.tables[p.table]; ok {
			return nil, fmt.Errorf("memdb: table %s already exists", p.table)
		}
		c.db.tables[p.table] = &table{key: p.cols[0], val: p.cols[1], rows: map[string]int64{}}
		return driver.RowsAffected(0), nil
	}
	tb, err := c.lookup(p)
	if err != nil {
		return nil, err
	}
	switch p.op {
	case opInsert:
		key, err := asKey(args[0])
		if err != nil {
			return nil, err
		}
		v, err := asInt(args[1])
		if err != nil {
			return nil, err
		}
		if _, exists := c.read(p, tb, key); exists {
			return nil, fmt.Errorf("memdb: duplicate key %q in %s", key, p.table)
		}
		c.write(p, tb, key, &v)
		return driver.RowsAffected(1), nil
	case opDelete:
		key, err := asKey(args[0])
		if err != nil {
			return nil, err
		}
		if _, exists := c.read(p, tb, key); !exists {
			return driver.RowsAffected(0), nil
		}
		c.write(p, tb, key, nil)
		return driver.RowsAffected(1), nil
	default: // opSet, opAdd, opSub
		n, err := asInt(args[0])
		if err != nil {
			return nil, err
		}
		key, err := asKey(args[1])
		if err != nil {
			return nil, err
		}
		old, exists := c.read(p, tb, key)
		if !exists {
			return driver.RowsAffected(0), nil
		}
		switch p.op {
		case opAdd:
			n = old + n
		case opSub:
			n = old - n
		}
		c.write(p, tb, key, &n)
		return driver.RowsAffected(1), nil
	}
}

func (c *conn) query(p plan, args []driver.Value) (driver.Rows, error) {
	c.db.mu.Lock()
	defer c.db.mu.Unlock()
	tb, err := c.lookup(p)
	if err != nil {
		return nil, err
	}
	if p.op == opSelectOne {
		key, err := asKey(args[0])
		if err != nil {
			return nil, err
		}
		r := &rows{cols: []string{tb.val}}
		if v, ok := c.read(p, tb, key); ok {
			r.data = [][]driver.Value{{v}}
		}
		return r, nil
	}
	keys := map[string]bool{}
	for k := range tb.rows {
		keys[k] = true
	}
	if c.tx != nil {
		for k := range c.tx.writes[p.table] {
			keys[k] = true
		}
	}
	r := &rows{cols: []string{tb.key, tb.val}}
	for _, k := range slices.Sorted(maps.Keys(keys)) {
		if v, ok := c.read(p, tb, k); ok {
			r.data = append(r.data, []driver.Value{k, v})
		}
	}
	return r, nil
}

func asKey(v driver.Value) (string, error) {
	switch v := v.(type) {
	case string:
		return v, nil
	case []byte:
		return string(v), nil
	}
	return "", fmt.Errorf("memdb: key must be text, got %T", v)
}

func asInt(v driver.Value) (int64, error) {
	if n, ok := v.(int64); ok {
		return n, nil
	}
	return 0, fmt.Errorf("memdb: value must be an integer, got %T", v)
}

// rows is a fully materialised result set.
type rows struct {
	cols []string
	data [][]driver.Value
	pos  int
}

func (r *rows) Columns() []string { return r.cols }
func (r *rows) Close() error      { return nil }

func (r *rows) Next(dest []driver.Value) error {
	if r.pos >= len(r.data) {
		return io.EOF
	}
	copy(dest, r.data[r.pos])
	r.pos++
	return nil
}
