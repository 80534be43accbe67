package main

import (
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

const good = `package jobs

import (
	"context"
	"sync"
	"time"
)

func Run(ctx context.Context, items []string) int {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel() // [!fix]
	var wg sync.WaitGroup
	n := 0
	var mu sync.Mutex
	for i := range items {
		wg.Go(func() { // [!fix]
			mu.Lock() // [!fix]
			k := 1
			n += k + i
			mu.Unlock()
		})
	}
	wg.Wait() // [!fix]
	_ = ctx
	return n
}

var cfg = struct{ A, B int }{
	A: 1, // [!fix]
	B: 2,
}

func Handle(ok bool) string {
	if !ok { // [!fix]
		return "no"
	}
	return "yes"
}
`

func TestMutants(t *testing.T) {
	ms, err := Mutate("good.go", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range ms {
		got = append(got, m.Description)
		if _, err := parser.ParseFile(token.NewFileSet(), "m.go", m.Source, 0); err != nil {
			t.Errorf("%s: mutant does not parse: %v", m.Description, err)
		}
	}
	want := []string{
		"delete: defer cancel()",
		"drop-defer: defer cancel()",
		"delete: wg.Go(func() {",
		"add-go: wg.Go(func() {",
		"add-defer: wg.Go(func() {",
		"delete: mu.Lock()",
		"add-go: mu.Lock()",
		"add-defer: mu.Lock()",
		"delete: wg.Wait()",
		"add-go: wg.Wait()",
		"add-defer: wg.Wait()",
		"delete: A: 1",
		"delete: if !ok {",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("mutants:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	byDesc := map[string]string{}
	for _, m := range ms {
		byDesc[m.Description] = m.Source
	}
	// Deleting the only use of cancel keeps it alive, so the mutant compiles and means "no defer cancel()".
	if s := byDesc["delete: defer cancel()"]; !strings.Contains(s, "\t_ = cancel // [!fix]\n") || strings.Contains(s, "defer cancel()") {
		t.Errorf("delete defer cancel():\n%s", s)
	}
	// A closure's own variables are not kept alive: they go with the statement.
	if s := byDesc["delete: wg.Go(func() {"]; strings.Contains(s, "_ = k") || !strings.Contains(s, "_, _ = i, mu") || strings.Contains(s, "n += k") {
		t.Errorf("delete wg.Go:\n%s", s)
	}
	if s := byDesc["drop-defer: defer cancel()"]; !strings.Contains(s, "\tcancel() // [!fix]") {
		t.Errorf("drop-defer:\n%s", s)
	}
	if s := byDesc["add-go: wg.Go(func() {"]; !strings.Contains(s, "\tgo wg.Go(func() {") {
		t.Errorf("add-go:\n%s", s)
	}
	if s := byDesc["delete: A: 1"]; strings.Contains(s, "A: 1") || !strings.Contains(s, "B: 2,") {
		t.Errorf("delete element:\n%s", s)
	}
	if s := byDesc["delete: if !ok {"]; strings.Contains(s, `return "no"`) {
		t.Errorf("delete if:\n%s", s)
	}
}

func TestFixOnALineWithoutAStatement(t *testing.T) {
	_, err := Mutate("good.go", []byte("package p\n\n// a comment [!fix]\nfunc F() {}\n"))
	if err == nil || !strings.Contains(err.Error(), "good.go:3: [!fix] marks a line where no statement") {
		t.Fatalf("err = %v", err)
	}
}

func TestDeletingTheOnlyUseOfAnImportKeepsItImported(t *testing.T) {
	src := "package p\n\nimport (\n\t\"bytes\"\n\t\"io\"\n)\n\nfunc F(b []byte) io.Reader {\n\tvar r io.Reader\n\tr = bytes.NewReader(b) // [!fix]\n\treturn r\n}\n"
	ms, err := Mutate("good.go", []byte(src))
	if err != nil || len(ms) != 1 {
		t.Fatalf("mutants %v, err %v", ms, err)
	}
	if !strings.HasSuffix(ms[0].Source, "\nvar _ = bytes.NewReader\n") || strings.Contains(ms[0].Source, "r = bytes") {
		t.Fatalf("mutant:\n%s", ms[0].Source)
	}
	// io is still used elsewhere, so nothing is added for it.
	if strings.Contains(ms[0].Source, "var _ = io.") {
		t.Fatalf("kept io alive although it is used:\n%s", ms[0].Source)
	}
}

func TestTagsAndEmbedDirectives(t *testing.T) {
	src := "package p\n\nimport \"embed\"\n\ntype P struct {\n\tID    int64  `json:\"id,string\"` // [!fix]\n\tStock int    `json:\"stock\"`     // [!fix]\n}\n\n//go:embed all:site\nvar site embed.FS // [!fix]\n"
	ms, err := Mutate("good.go", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range ms {
		got = append(got, m.Description)
	}
	want := []string{
		"delete-tag: ID    int64  `json:\"id,string\"`",
		"drop-tag-options: ID    int64  `json:\"id,string\"`",
		"delete-tag: Stock int    `json:\"stock\"`",
		"drop-embed-all: //go:embed all:site",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("mutants:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(ms[1].Source, "`json:\"id\"`") || !strings.Contains(ms[3].Source, "//go:embed site\n") {
		t.Fatalf("sources:\n%s\n%s", ms[1].Source, ms[3].Source)
	}
}
