package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// documentedCodes is every code kessai may print: the categories' tokens,
// the usage codes and the two failures that are not the input's.
func documentedCodes() []string {
	return slices.Concat(inputCodes(), usageCodes, otherCodes)
}

// TestErrorCodes runs every error path of the tool with -json and checks
// its code: the category's token for bad input (docs/CONVENTIONS.md,
// "Errors": "The tool's error code is the category's token"), a usage code
// for a command line that is wrong in itself, and nothing the help does
// not list.
func TestErrorCodes(t *testing.T) {
	documented := documentedCodes()
	for _, tt := range []struct {
		args  []string
		stdin string
		code  string
	}{
		// Usage.
		{[]string{"pay", "-json"}, "", "unknown-command"},
		{[]string{"-json", "-bogus"}, "", "unknown-flag"},
		{[]string{"deadline", "-json", "-bogus"}, "", "unknown-flag"},
		{[]string{"deadline", "-json", "---lead=1"}, "", "bad-flag"},
		{[]string{"deadline", "-json", "-lead"}, "", "missing-value"},
		{[]string{"card", "-json"}, "", "missing-argument"},
		{[]string{"holidays", "-json"}, "", "missing-argument"},
		{[]string{"name", "-json", "-kana", "ヤマダ"}, "", "missing-flag"},
		{[]string{"check", "-json", "-purpose", "monthly", "-method", ""}, "", "missing-flag"},
		{[]string{"compare", "-json"}, "", "missing-flag"},
		{[]string{"timeline", "-json"}, "", "missing-flag"},
		{[]string{"timeline", "-json", "-failed", "2026-11-25", "-via", "card"}, "", "missing-flag"},
		{[]string{"timeline", "-json", "-failed", "2026-11-25", "-paid", "2026-11-30"}, "", "missing-flag"},
		{[]string{"name", "-json", "-card", "YAMADA", "-kana", "ヤマダ", "extra"}, "", "unexpected-argument"},
		{[]string{"family", "-json", "extra"}, "", "unexpected-argument"},
		{[]string{"deadline", "-json", "extra"}, "", "unexpected-argument"},
		// Flags' values.
		{[]string{"deadline", "-json", "-lang", "fr"}, "", "unknown"},
		{[]string{"check", "-json", "-existing=maybe"}, "", "syntax"},
		{[]string{"deadline", "-json", "-lead", "x"}, "", "syntax"},
		{[]string{"deadline", "-json", "-lead", "99"}, "", "range"},
		{[]string{"deadline", "-json", "-lead", strings.Repeat("9", 40)}, "", "too-long"},
		{[]string{"deadline", "-json", "-charge", "2026-02-30"}, "", "range"},
		{[]string{"deadline", "-json", "-charge", "soon"}, "", "syntax"},
		{[]string{"holidays", "-json", "abc"}, "", "syntax"},
		{[]string{"holidays", "-json", "1800"}, "", "range"},
		{[]string{"check", "-json", "-preset", "newest"}, "", "unknown"},
		{[]string{"check", "-json", "-policy", "docomo"}, "", "unknown"},
		{[]string{"check", "-json", "-method", "cheque"}, "", "unknown"},
		{[]string{"check", "-json", "-instalments", "100"}, "", "range"},
		{[]string{"check", "-json", "-at", "yesterday"}, "", "syntax"},
		{[]string{"check", "-json", "-at", "2026-13-01"}, "", "range"},
		{[]string{"check", "-json", "-at", strings.Repeat("2", 65)}, "", "too-long"},
		{[]string{"check", "-json", "-expiry", "13/27"}, "", "range"},
		{[]string{"check", "-json", "-expiry", "soon"}, "", "syntax"},
		{[]string{"check", "-json", "-combined", strings.Repeat("credit,", 200)}, "", "too-long"},
		{[]string{"compare", "-json", "-method", "debit", "-policy", "iijmio,docomo"}, "", "unknown"},
		{[]string{"compare", "-json", "-method", "debit", "-policy", strings.Repeat("iijmio,", 17)}, "", "too-long"},
		{[]string{"timeline", "-json", "-failed", "2026-11-25", "-policy", "docomo"}, "", "unknown"},
		{[]string{"family", "-json", "-mode", "monthly"}, "", "unknown"},
		{[]string{"name", "-json", "-card", "山田", "-kana", "ヤマダ"}, "", "syntax"},
		// Card numbers.
		{[]string{"card", "-json", "4111"}, "", "length"},
		{[]string{"card", "-json", "4111 1111 1111 1112"}, "", "checksum"},
		{[]string{"card", "-json", "4111x"}, "", "syntax"},
		// Standard input.
		{[]string{"check", "-json", "-stdin", "-kana", "ヤマダ"}, "", "conflict"},
		{[]string{"check", "-json", "-stdin"}, "", "empty"},
		{[]string{"check", "-json", "-stdin"}, "{", "syntax"},
		{[]string{"check", "-json", "-stdin"}, "{} {}", "syntax"},
		{[]string{"check", "-json", "-stdin"}, `{"method": 1}`, "syntax"},
		{[]string{"check", "-json", "-stdin"}, `{"bogus": 1}`, "unknown"},
		{[]string{"check", "-json", "-stdin"}, strings.Repeat(" ", maxStdin+1), "too-long"},
		{[]string{"family", "-json"}, "", "empty"},
		{[]string{"family", "-json"}, "[", "syntax"},
		{[]string{"family", "-json"}, demoAccount + demoAccount, "syntax"},
		{[]string{"family", "-json"}, sub(`"amount": 1009`, `"amount": "1009"`), "syntax"},
		{[]string{"family", "-json"}, sub(`"owner"`, `"ownr"`), "unknown"},
		{[]string{"family", "-json"}, sub(`"lines"`, `"plan": {"familyDiscount": "cap7"}, "lines"`), "unknown"},
		{[]string{"family", "-json"}, sub(`"date": "2026-11-25"`, `"date": "2026-02-30"`), "range"},
	} {
		name := fmt.Sprintf("%q", tt.args)
		if len(name) > 80 {
			name = name[:80]
		}
		t.Run(name, func(t *testing.T) {
			code, out, errOut := runCmd(tt.args, tt.stdin)
			var r errorReport
			if err := json.Unmarshal([]byte(out), &r); err != nil || r.Error == nil || code != exitUsage || errOut != "" {
				t.Fatalf("kessai %.80q: exit %d, stderr %q, stdout %.300s; want exit 2 and one error object", tt.args, code, errOut, out)
			}
			if r.Error.Code != tt.code {
				t.Errorf("kessai %.80q: code %q, want %q", tt.args, r.Error.Code, tt.code)
			}
			if !slices.Contains(documented, r.Error.Code) {
				t.Errorf("kessai %.80q: code %q is not one of the documented codes %q", tt.args, r.Error.Code, documented)
			}
		})
	}
	t.Run("total over the printed bound", func(t *testing.T) {
		in := strings.ReplaceAll(string(largestAccount(t)), fmt.Sprintf(`"amount": %d`, familyMaxAmount-1_000_000), fmt.Sprintf(`"amount": %d`, familyMaxAmount))
		_, out, _ := runCmd([]string{"family", "-json", "-mode", "per-line"}, in)
		var r errorReport
		if err := json.Unmarshal([]byte(out), &r); err != nil || r.Error == nil || r.Error.Code != "range" {
			t.Errorf("kessai family, total over ¥%d: %.300s; want code range", maxPrintedYen, out)
		}
	})
	t.Run("standard input unreadable", func(t *testing.T) {
		for _, args := range [][]string{{"check", "-json", "-stdin"}, {"family", "-json"}} {
			var out, errb strings.Builder
			run(args, env{stdin: failingReader{}, stdout: &out, stderr: &errb})
			var r errorReport
			if err := json.Unmarshal([]byte(out.String()), &r); err != nil || r.Error == nil || r.Error.Code != codeIO {
				t.Errorf("kessai %q, stdin fails: %s; want code %s", args, out.String(), codeIO)
			}
		}
	})
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("read failed") }

// TestErrorCodesListed: the help of every command lists each code, in both
// languages, and the codes are distinct.
func TestErrorCodesListed(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range documentedCodes() {
		if seen[c] {
			t.Errorf("code %q listed twice", c)
		}
		seen[c] = true
		for _, text := range []string{contractText.Ja, contractText.En} {
			words := strings.FieldsFunc(text, func(r rune) bool { return (r < 'a' || r > 'z') && r != '-' })
			if !slices.Contains(words, c) {
				t.Errorf("the help does not list code %q:\n%s", c, text)
			}
		}
	}
}

// TestErrorCodesInSource: no cliError in the tool's source spells its code
// as a string literal, so every code is a category's token or one of the
// documented constants ([usageCodes], [otherCodes]).
func TestErrorCodesInSource(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, file, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CompositeLit:
				if id, ok := n.Type.(*ast.Ident); !ok || id.Name != "cliError" {
					return true
				}
				for _, el := range n.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok && kv.Key.(*ast.Ident).Name == "Code" {
						if _, lit := kv.Value.(*ast.BasicLit); lit {
							t.Errorf("%s: cliError with the literal code %s; use a category's token or a documented code", fset.Position(kv.Pos()), kv.Value.(*ast.BasicLit).Value)
						}
					}
				}
			case *ast.AssignStmt:
				for i, lhs := range n.Lhs {
					sel, ok := lhs.(*ast.SelectorExpr)
					if !ok || sel.Sel.Name != "Code" || i >= len(n.Rhs) {
						continue
					}
					if lit, ok := n.Rhs[i].(*ast.BasicLit); ok {
						t.Errorf("%s: code set to the literal %s; use a category's token or a documented code", fset.Position(lit.Pos()), lit.Value)
					}
				}
			case *ast.GenDecl:
				// Every code constant is in the documented lists.
				if n.Tok != gotoken.CONST {
					return true
				}
				for _, s := range n.Specs {
					vs := s.(*ast.ValueSpec)
					for i, name := range vs.Names {
						if !strings.HasPrefix(name.Name, "code") || i >= len(vs.Values) {
							continue
						}
						lit, ok := vs.Values[i].(*ast.BasicLit)
						if !ok {
							continue
						}
						if c := strings.Trim(lit.Value, `"`); !slices.Contains(documentedCodes(), c) {
							t.Errorf("%s: code constant %s = %s is not in usageCodes or otherCodes", fset.Position(name.Pos()), name.Name, lit.Value)
						}
					}
				}
			}
			return true
		})
	}
}
