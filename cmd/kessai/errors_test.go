package main

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCatalogueCoversEverySentinel parses the library's packages for their
// exported sentinel errors (Err… = errors.New) and checks that the
// catalogue has each, so that a new sentinel cannot reach a user as the
// generic "cannot process the input" or in English only.
func TestCatalogueCoversEverySentinel(t *testing.T) {
	have := map[string]bool{}
	for _, s := range sentinels {
		have[s.err.Error()] = true
	}
	for _, pkg := range []string{"brand", "eligibility", "billing", "family"} {
		files, err := filepath.Glob(filepath.Join("..", "..", pkg, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, file := range files {
			if strings.HasSuffix(file, "_test.go") {
				continue
			}
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			f, err := parser.ParseFile(gotoken.NewFileSet(), file, src, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				vs, ok := n.(*ast.ValueSpec)
				if !ok || len(vs.Names) != 1 || len(vs.Values) != 1 || !strings.HasPrefix(vs.Names[0].Name, "Err") {
					return true
				}
				call, ok := vs.Values[0].(*ast.CallExpr)
				if !ok || len(call.Args) != 1 {
					return true
				}
				if sel, ok := call.Fun.(*ast.SelectorExpr); !ok || sel.Sel.Name != "New" {
					return true
				}
				lit, ok := call.Args[0].(*ast.BasicLit)
				if !ok {
					return true
				}
				text := strings.Trim(lit.Value, `"`)
				if !have[text] {
					t.Errorf("%s.%s (%q) is not in the catalogue of errors.go", pkg, vs.Names[0].Name, text)
				}
				return true
			})
		}
	}
}

// TestCatalogue: every sentinel, wrapped, gets its code and a message in
// both languages; the Japanese one is Japanese.
func TestCatalogue(t *testing.T) {
	for _, s := range sentinels {
		e := explain(fmt.Errorf("wrapped: %w", s.err))
		if e.Code != s.code || e.Message != s.text {
			t.Errorf("explain(%v) = %+v, want code %q", s.err, e, s.code)
		}
		if s.text.Ja == "" || s.text.En == "" || s.text.Ja == s.text.En || englishWord(s.text.Ja) != "" && !strings.Contains(s.text.Ja, "、") {
			t.Errorf("%v: message %+v is not in both languages", s.err, s.text)
		}
	}
	if e := explain(errors.New("some text 4111 1111 1111 1111")); e.Code != codeInternal || strings.Contains(e.Message.En, "4111") {
		t.Errorf("explain of an unknown error = %+v; want the generic message, never the error's own text", e)
	}
}
