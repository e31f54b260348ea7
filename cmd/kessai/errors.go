package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/eligibility"
	"github.com/kessai-jp/kessai/family"
	category "github.com/kessai-jp/kessai/internal/msg"
	"github.com/kessai-jp/kessai/internal/pan"
)

// This file is the one catalogue that turns the library's errors, whose
// text is English only, into kessai's bilingual errors: errors.Is on the
// library's sentinels picks the code and the sentence, errors.As on its
// typed errors adds where (the field, the line, the position). The
// library's own Error text is never printed.

// The codes of kessai's errors ("code" in -json), of three kinds, and
// nothing else (TestErrorCodes):
//
//   - bad input, the same the library's or kessai's own (a flag's value,
//     standard input, a year): the token of its category
//     (docs/CONVENTIONS.md, "Errors"), [category.Category.Token]: empty,
//     too-long, syntax, range, text, unknown, length, checksum,
//     card-number, order, conflict;
//   - a command line that is no input at all: the usage codes below;
//   - a failure that is not the input's: codeIO (standard input cannot be
//     read, the page cannot be served) and codeInternal (a bug in kessai).
const (
	codeUnknownCommand     = "unknown-command"     // no such command
	codeUnknownFlag        = "unknown-flag"        // no such flag
	codeBadFlag            = "bad-flag"            // not a flag's form, such as "---x"
	codeMissingFlag        = "missing-flag"        // a required flag not given
	codeMissingArgument    = "missing-argument"    // a required argument not given
	codeMissingValue       = "missing-value"       // a flag at the end without its value
	codeUnexpectedArgument = "unexpected-argument" // an argument the command does not take

	codeIO       = "io"
	codeInternal = "internal"
)

// usageCodes and otherCodes list the codes that are no category of bad
// input, in the order the help gives them.
var (
	usageCodes = []string{codeUnknownCommand, codeUnknownFlag, codeBadFlag, codeMissingFlag, codeMissingArgument, codeMissingValue, codeUnexpectedArgument}
	otherCodes = []string{codeIO, codeInternal}
)

// inputCodes lists the tokens of the categories of bad input, in the
// order of the conventions' table.
func inputCodes() []string {
	var codes []string
	for c := category.Empty; c.Token() != ""; c++ {
		codes = append(codes, c.Token())
	}
	return codes
}

// sentinel is one category of the catalogue.
type sentinel struct {
	err  error
	code string
	text msg
}

// ofCategory is the catalogue's entry for a sentinel named for one of the
// module's categories of bad input: the category's token is the code, its
// sentence the message (a package's Error.Message says more).
func ofCategory(err error, c category.Category) sentinel {
	t := c.Text()
	return sentinel{err, c.Token(), msg{t.JA, t.EN}}
}

// sentinels lists every sentinel of the library, most specific first.
var sentinels = []sentinel{
	// brand
	ofCategory(brand.ErrEmpty, category.Empty),
	ofCategory(brand.ErrTooLong, category.TooLong),
	ofCategory(brand.ErrSyntax, category.Syntax),
	ofCategory(brand.ErrLength, category.Length),
	ofCategory(brand.ErrChecksum, category.Checksum),
	ofCategory(brand.ErrUnknown, category.Unknown),
	// eligibility: its Error.Message gives the message (see explain)
	ofCategory(eligibility.ErrEmpty, category.Empty),
	ofCategory(eligibility.ErrTooLong, category.TooLong),
	ofCategory(eligibility.ErrSyntax, category.Syntax),
	ofCategory(eligibility.ErrRange, category.Range),
	ofCategory(eligibility.ErrText, category.BadText),
	ofCategory(eligibility.ErrUnknown, category.Unknown),
	ofCategory(eligibility.ErrCardNumber, category.CardNumber),
	// billing
	ofCategory(billing.ErrEmpty, category.Empty),
	ofCategory(billing.ErrTooLong, category.TooLong),
	ofCategory(billing.ErrSyntax, category.Syntax),
	ofCategory(billing.ErrRange, category.Range),
	ofCategory(billing.ErrUnknown, category.Unknown),
	ofCategory(billing.ErrOrder, category.Order),
	ofCategory(billing.ErrConflict, category.Conflict),
	// family
	ofCategory(family.ErrEmpty, category.Empty),
	ofCategory(family.ErrTooLong, category.TooLong),
	ofCategory(family.ErrSyntax, category.Syntax),
	ofCategory(family.ErrRange, category.Range),
	ofCategory(family.ErrText, category.BadText),
	ofCategory(family.ErrUnknown, category.Unknown),
	ofCategory(family.ErrCardNumber, category.CardNumber),
	ofCategory(family.ErrConflict, category.Conflict),
}

// explain returns the bilingual form of err. A *cliError passes unchanged;
// a library error gets the code and sentence of its sentinel and the
// where of its typed error; anything else (which would be a bug) gets a
// generic message, never its own text, which might echo input.
func explain(err error) *cliError {
	var ce *cliError
	if errors.As(err, &ce) {
		return ce
	}
	e := &cliError{Code: codeInternal, Message: tr("入力を処理できません", "cannot process the input")}
	for _, s := range sentinels {
		if errors.Is(err, s.err) {
			e.Code, e.Message = s.code, s.text
			break
		}
	}
	var (
		be *brand.Error
		ee *eligibility.Error
		bl *billing.Error
		fe *family.Error
		js *json.SyntaxError
		jt *json.UnmarshalTypeError
	)
	switch {
	case errors.As(err, &be):
		e.Field = be.Field
		e.Message = msg{be.Message(language.Japanese), be.Message(language.English)}
	case errors.As(err, &ee):
		e.Field = ee.Field
		e.Message = msg{ee.Message(language.Japanese), ee.Message(language.English)}
	case errors.As(err, &bl):
		e.Field = bl.Field
		e.Message = msg{bl.Message(language.Japanese), bl.Message(language.English)}
	case errors.As(err, &fe):
		e.Field = fe.Field
		e.Message = msg{fe.Message(language.Japanese), fe.Message(language.English)}
	case errors.As(err, &js):
		e.Code = category.Syntax.Token()
		e.Message = trf("JSON の構文エラー（%d バイト目）", "JSON syntax error at byte %d", js.Offset)
	case errors.As(err, &jt):
		e.Code, e.Field = category.Syntax.Token(), jt.Field
		k := jsonType(jt.Type.Kind().String())
		f := fieldName(jt.Field)
		e.Message = msg{fmt.Sprintf("JSON の項目 %s の型が違います（%sが必要）", f.Ja, k.Ja),
			fmt.Sprintf("JSON field %s has the wrong type (want %s)", f.En, k.En)}
	case errors.Is(err, io.ErrUnexpectedEOF):
		e.Code = category.Syntax.Token()
		e.Message = tr("JSON が途中で終わっています", "the JSON ends too early")
	}
	if e.Code == codeInternal {
		if f, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			e.Code, e.Field = category.Unknown.Token(), strings.Trim(f, `"`)
			e.Message = tr("知らない項目です: ", "unknown field: ").append(quoted(e.Field))
		}
	}
	e.Field = pan.Mask(e.Field)
	return e
}

// fieldName names a JSON field in a message: the whole value when f is
// empty.
func fieldName(f string) msg {
	if f == "" {
		return tr("（全体）", "(the whole value)")
	}
	return quoted(f)
}

// jsonType names a Go kind as JSON calls it.
func jsonType(kind string) msg {
	switch kind {
	case "struct", "map":
		return tr("オブジェクト", "an object")
	case "slice", "array":
		return tr("配列", "an array")
	case "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "float32", "float64":
		return tr("整数", "a whole number")
	case "bool":
		return tr("true か false", "true or false")
	}
	return tr("文字列", "a string")
}
