package eligibility_test

import (
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/eligibility"
)

// TestPosAgrees checks that Pos means one thing in brand and eligibility
// (docs/CONVENTIONS.md, "Naming"): the character counted from 1, as a person
// counts it, and 0 when the error has no position. The same fault at the
// same character gets the same Pos, and the person reads the same number in
// both packages' messages.
func TestPosAgrees(t *testing.T) {
	type posError struct {
		err     error
		pos     int
		message func(language.Tag) string
	}
	fromBrand := func(err error) posError {
		var e *brand.Error
		if !errors.As(err, &e) {
			t.Fatalf("error %v, want a *brand.Error", err)
		}
		return posError{err, e.Pos, e.Message}
	}
	fromEligibility := func(err error) posError {
		var e *eligibility.Error
		if !errors.As(err, &e) {
			t.Fatalf("error %v, want an *eligibility.Error", err)
		}
		return posError{err, e.Pos, e.Message}
	}
	var b brand.Brand
	tests := []struct {
		name     string
		err      error
		sentinel error
		get      func(error) posError
		want     int
	}{
		// A character that does not belong, at character 5.
		{"brand.Parse", func() error { _, err := brand.Parse("4111x1111"); return err }(), brand.ErrSyntax, fromBrand, 5},
		{"brand.Parse full width", func() error { _, err := brand.Parse("４１１１ｘ"); return err }(), brand.ErrSyntax, fromBrand, 5},
		{"brand.ValidSecurityCode", brand.ValidSecurityCode(brand.AmericanExpress, "1234x"), brand.ErrSyntax, fromBrand, 5},
		{"Brand.UnmarshalText", b.UnmarshalText([]byte("visa1")), brand.ErrSyntax, fromBrand, 5},
		{"MatchName card", func() error { _, err := eligibility.MatchName("YAMAタ", "ヤマダ"); return err }(), eligibility.ErrSyntax, fromEligibility, 5},
		{"MatchName kana", func() error { _, err := eligibility.MatchName("YAMADA", "ヤマダ A"); return err }(), eligibility.ErrSyntax, fromEligibility, 5},
		{"CardName", func() error { _, err := eligibility.CardName("ヤマダ A"); return err }(), eligibility.ErrSyntax, fromEligibility, 5},
		// The first character: 1, not 0, which means no position.
		{"brand.Parse first", func() error { _, err := brand.Parse("x4111"); return err }(), brand.ErrSyntax, fromBrand, 1},
		{"MatchName first", func() error { _, err := eligibility.MatchName("山田", "ヤマダ"); return err }(), eligibility.ErrSyntax, fromEligibility, 1},
		// No position: the zero value.
		{"brand.Parse empty", func() error { _, err := brand.Parse(""); return err }(), brand.ErrEmpty, fromBrand, 0},
		{"brand.Parse checksum", func() error { _, err := brand.Parse("4111111111111112"); return err }(), brand.ErrChecksum, fromBrand, 0},
		{"brand.ValidSecurityCode length", brand.ValidSecurityCode(brand.Visa, "12"), brand.ErrLength, fromBrand, 0},
		{"MatchName empty", func() error { _, err := eligibility.MatchName("", "ヤマダ"); return err }(), eligibility.ErrEmpty, fromEligibility, 0},
		{"Method.UnmarshalText", new(eligibility.Method).UnmarshalText([]byte("cheque")), eligibility.ErrUnknown, fromEligibility, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !errors.Is(tt.err, tt.sentinel) {
				t.Fatalf("error %v, want %v", tt.err, tt.sentinel)
			}
			got := tt.get(tt.err)
			if got.pos != tt.want {
				t.Errorf("%v: Pos = %d, want %d", tt.err, got.pos, tt.want)
			}
			ja, en := got.message(language.Japanese), got.message(language.English)
			if tt.want == 0 {
				if strings.Contains(ja, "文字目") || strings.Contains(en, "character ") || strings.Contains(tt.err.Error(), "character ") {
					t.Errorf("%v: messages %q, %q name a character, want none", tt.err, ja, en)
				}
				return
			}
			n := strconv.Itoa(tt.want)
			if !strings.Contains(ja, n+" 文字目") || !strings.Contains(en, "character "+n) || !strings.Contains(tt.err.Error(), "character "+n) {
				t.Errorf("%v: messages %q, %q, want character %s in each", tt.err, ja, en, n)
			}
		})
	}
}

// TestPosDoc checks that brand.Error.Pos and eligibility.Error.Pos carry
// the same doc comment, word for word.
func TestPosDoc(t *testing.T) {
	doc := func(file string) string {
		f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		var d string
		ast.Inspect(f, func(n ast.Node) bool {
			if ts, ok := n.(*ast.TypeSpec); ok && ts.Name.Name == "Error" {
				for _, fl := range ts.Type.(*ast.StructType).Fields.List {
					for _, name := range fl.Names {
						if name.Name == "Pos" {
							d = fl.Doc.Text()
						}
					}
				}
			}
			return true
		})
		if d == "" {
			t.Fatalf("%s: Error.Pos has no doc comment", file)
		}
		return d
	}
	if b, e := doc("../brand/errors.go"), doc("errors.go"); b != e {
		t.Errorf("Error.Pos doc:\nbrand:       %q\neligibility: %q\nwant the same", b, e)
	}
}
