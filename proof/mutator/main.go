// Command mutator writes the mutants of a good variant's fix lines: the small
// regressions a refactor makes when it loses part of a fix. It reads one Go
// file, finds the lines marked // [!fix], and prints a JSON array of mutants,
// each the whole file with one change:
//
//	delete            the statement (or composite-literal element) that starts on the line
//	drop-defer        defer f()  → f()
//	drop-go           go f()     → f()
//	add-go            f()        → go f()
//	add-defer         f()        → defer f()
//	delete-tag        a struct field's tag removed (the field's Go name is used)
//	drop-tag-options  `json:"id,string"` → `json:"id"`
//	drop-embed-all    //go:embed all:site → //go:embed site (for the var declared on the line)
//
// A deleted statement can leave a local variable unused, which would not
// compile; the mutant then keeps the variable alive with `_ = name`, so it
// still means "the statement is gone" (deleting `defer cancel()` must not be
// excused by "declared and not used: cancel"). Formatting of everything else
// is kept byte for byte: changes are spliced into the source, not reprinted.
//
// Usage: mutator <file.go>
package main

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"regexp"
	"sort"
	"strings"
)

// regexpTagOptions finds a struct tag value's options: `json:"id,string"` → `json:"id"`.
var regexpTagOptions = regexp.MustCompile(`(:"[^",]*),[^"]*"`)

// Mutant is one changed copy of the file.
type Mutant struct {
	// Line is the 1-based line of the [!fix] marker it comes from.
	Line int `json:"line"`
	// Op is one of delete, drop-defer, drop-go, add-go, add-defer.
	Op string `json:"op"`
	// Description names the mutant for people and for proof.yaml's
	// equivalentMutants: `<op>: <the statement's first line>`.
	Description string `json:"description"`
	// Source is the whole mutated file.
	Source string `json:"source"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: mutator <file.go>")
		os.Exit(2)
	}
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	mutants, err := Mutate(os.Args[1], src)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out := json.NewEncoder(os.Stdout)
	out.SetIndent("", " ")
	if err := out.Encode(mutants); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// Mutate returns the mutants of every [!fix] line in src, in line order.
func Mutate(name string, src []byte) ([]Mutant, error) {
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	var lines []int
	for _, cg := range file.Comments {
		for _, c := range cg.List {
			if strings.Contains(c.Text, "[!fix]") {
				lines = append(lines, fset.Position(c.Pos()).Line)
			}
		}
	}
	sort.Ints(lines)
	mutants := []Mutant{}
	for _, line := range lines {
		target, ok := targetAt(fset, file, line)
		if !ok {
			return nil, fmt.Errorf("%s:%d: [!fix] marks a line where no statement, composite-literal element, tagged struct field or //go:embed variable starts; put it on the first line of what the fix needs", name, line)
		}
		for _, m := range target.mutants(fset, file, src) {
			m.Line = line
			mutants = append(mutants, m)
		}
	}
	return mutants, nil
}

// target is the syntax a [!fix] line points at: a statement in a block, or an
// element of a composite literal (a field of a config struct, say).
type target struct {
	stmt  ast.Stmt
	elt   ast.Expr
	elts  []ast.Expr   // the literal's elements, for the comma after elt
	field *ast.Field   // a struct field whose tag is the fix
	embed *ast.Comment // the //go:embed directive of the var declared on the line
	fn    *ast.BlockStmt
	first string // the target's first source line, trimmed, markers removed
}

// targetAt finds the outermost statement or element that starts on line, and
// the body of the top-level function around it (where its variables live).
func targetAt(fset *token.FileSet, file *ast.File, line int) (target, bool) {
	var found target
	ast.Inspect(file, func(n ast.Node) bool {
		if found.stmt != nil || found.elt != nil || n == nil {
			return false
		}
		var stmts []ast.Stmt
		switch n := n.(type) {
		case *ast.BlockStmt:
			stmts = n.List
		case *ast.CaseClause:
			stmts = n.Body
		case *ast.CommClause:
			stmts = n.Body
		case *ast.CompositeLit:
			for _, e := range n.Elts {
				if fset.Position(e.Pos()).Line == line {
					found = target{elt: e, elts: n.Elts}
					return false
				}
			}
		}
		for _, s := range stmts {
			if fset.Position(s.Pos()).Line == line {
				found = target{stmt: s}
				return false
			}
		}
		return true
	})
	if found.stmt == nil && found.elt == nil {
		// A struct field with a tag, or a variable with a //go:embed directive, starting on the line.
		ast.Inspect(file, func(n ast.Node) bool {
			if found.field != nil || found.embed != nil || n == nil {
				return false
			}
			switch n := n.(type) {
			case *ast.Field:
				if n.Tag != nil && fset.Position(n.Pos()).Line == line {
					found.field = n
				}
			case *ast.GenDecl:
				if n.Tok == token.VAR && n.Doc != nil && fset.Position(n.Pos()).Line == line {
					for _, c := range n.Doc.List {
						if strings.HasPrefix(c.Text, "//go:embed ") {
							found.embed = c
						}
					}
				}
			}
			return true
		})
		return found, found.field != nil || found.embed != nil
	}
	for _, d := range file.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && within(fset, fd.Body, line) {
			found.fn = fd.Body
		}
	}
	return found, true
}

func within(fset *token.FileSet, n ast.Node, line int) bool {
	return fset.Position(n.Pos()).Line <= line && line <= fset.Position(n.End()).Line
}

func (t target) mutants(fset *token.FileSet, file *ast.File, src []byte) []Mutant {
	splice := func(from, to int, with string) string {
		return string(src[:from]) + with + string(src[to:])
	}
	if t.field != nil {
		// The tag is the fix: without it (the field's Go name is used), and without its options (`,omitzero`).
		tag := t.field.Tag
		from, to := fset.Position(tag.Pos()).Offset, fset.Position(tag.End()).Offset
		first := firstLine(src[fset.Position(t.field.Pos()).Offset:to])
		out := []Mutant{{Op: "delete-tag", Description: "delete-tag: " + first, Source: splice(from, to, "")}}
		if plain := regexpTagOptions.ReplaceAllString(tag.Value, `$1"`); plain != tag.Value {
			out = append(out, Mutant{Op: "drop-tag-options", Description: "drop-tag-options: " + first, Source: splice(from, to, plain)})
		}
		return out
	}
	if t.embed != nil {
		// `all:` is what makes go:embed include names starting with . or _.
		from, to := fset.Position(t.embed.Pos()).Offset, fset.Position(t.embed.End()).Offset
		if plain := strings.ReplaceAll(t.embed.Text, " all:", " "); plain != t.embed.Text {
			return []Mutant{{Op: "drop-embed-all", Description: "drop-embed-all: " + t.embed.Text, Source: splice(from, to, plain)}}
		}
		return nil
	}
	node := ast.Node(t.stmt)
	if t.elt != nil {
		node = t.elt
	}
	start, end := fset.Position(node.Pos()).Offset, fset.Position(node.End()).Offset
	first := firstLine(src[start:end])
	var out []Mutant
	add := func(op, text string) {
		out = append(out, Mutant{Op: op, Description: op + ": " + first, Source: text})
	}

	if t.elt != nil {
		// Drop the element and its comma, if one follows.
		to := end
		rest := src[end:]
		if i := strings.IndexFunc(string(rest), func(r rune) bool { return r != ' ' && r != '\t' }); i >= 0 && rest[i] == ',' {
			to = end + i + 1
		}
		add("delete", splice(start, to, ""))
		return out
	}

	add("delete", splice(start, end, keepAlive(t.stmt, t.fn))+keepImports(t.stmt, file))
	switch s := t.stmt.(type) {
	case *ast.DeferStmt:
		add("drop-defer", splice(start, end, string(src[fset.Position(s.Call.Pos()).Offset:end])))
	case *ast.GoStmt:
		add("drop-go", splice(start, end, string(src[fset.Position(s.Call.Pos()).Offset:end])))
	case *ast.ExprStmt:
		if _, ok := s.X.(*ast.CallExpr); ok {
			call := string(src[start:end])
			add("add-go", splice(start, end, "go "+call))
			add("add-defer", splice(start, end, "defer "+call))
		}
	}
	return out
}

// keepAlive is what replaces a deleted statement: `_ = a, b` for the local
// variables it declares or uses that nothing else in the function uses, so
// the mutant still compiles; empty when there are none.
func keepAlive(stmt ast.Stmt, fn *ast.BlockStmt) string {
	if fn == nil {
		return ""
	}
	declared := map[string]bool{}
	ast.Inspect(fn, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
						declared[id.Name] = true
					}
				}
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				if id.Name != "_" {
					declared[id.Name] = true
				}
			}
		case *ast.RangeStmt:
			if n.Tok == token.DEFINE {
				for _, e := range []ast.Expr{n.Key, n.Value} {
					if id, ok := e.(*ast.Ident); ok && id.Name != "_" {
						declared[id.Name] = true
					}
				}
			}
		}
		return true
	})
	inStmt := map[string]int{}
	ast.Inspect(stmt, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && declared[id.Name] {
			inStmt[id.Name]++
		}
		return true
	})
	// Names declared inside the deleted statement (itself, or a closure in it) are gone with it.
	ast.Inspect(stmt, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok == token.DEFINE {
				for _, l := range n.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						delete(inStmt, id.Name)
					}
				}
			}
		case *ast.ValueSpec:
			for _, id := range n.Names {
				delete(inStmt, id.Name)
			}
		case *ast.Field:
			for _, id := range n.Names {
				delete(inStmt, id.Name)
			}
		}
		return true
	})
	var orphans []string
	for name, n := range inStmt {
		total := 0
		ast.Inspect(fn, func(x ast.Node) bool {
			if id, ok := x.(*ast.Ident); ok && id.Name == name {
				total++
			}
			return true
		})
		// One use left: the declaration itself.
		if total-n <= 1 {
			orphans = append(orphans, name)
		}
	}
	if len(orphans) == 0 {
		return ""
	}
	sort.Strings(orphans)
	blanks := strings.TrimSuffix(strings.Repeat("_, ", len(orphans)), ", ")
	return blanks + " = " + strings.Join(orphans, ", ")
}

// keepImports is what a deleted statement appends to the file so the imports
// only it used still compile: `var _ = pkg.Name` for the first package-level
// name of each such import it used (a function or a value; a type would not
// compile, and the mutant is then counted as one that does not build).
func keepImports(stmt ast.Stmt, file *ast.File) string {
	names := map[string]string{} // package name → import path
	for _, imp := range file.Imports {
		path := strings.Trim(imp.Path.Value, `"`)
		name := path[strings.LastIndex(path, "/")+1:]
		if v := strings.LastIndex(path, "/v"); v > 0 && strings.Trim(path[v+2:], "0123456789") == "" {
			rest := path[:v]
			name = rest[strings.LastIndex(rest, "/")+1:]
		}
		if imp.Name != nil {
			name = imp.Name.Name
		}
		names[name] = path
	}
	first := map[string]string{}
	var order []string
	ast.Inspect(stmt, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok && names[id.Name] != "" {
				if _, seen := first[id.Name]; !seen {
					first[id.Name] = sel.Sel.Name
					order = append(order, id.Name)
				}
			}
		}
		return true
	})
	var out strings.Builder
	for _, pkg := range order {
		outside := 0
		ast.Inspect(file, func(n ast.Node) bool {
			if n == stmt {
				return false
			}
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok && id.Name == pkg {
					outside++
				}
			}
			return true
		})
		if outside == 0 {
			fmt.Fprintf(&out, "\nvar _ = %s.%s\n", pkg, first[pkg])
		}
	}
	return out.String()
}

// firstLine is a statement's first line as a reader would name it.
func firstLine(b []byte) string {
	s := string(b)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if i := strings.Index(s, "//"); i >= 0 && strings.Contains(s[i:], "[!") {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}
