package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/kessai-jp/kessai/brand"
)

const cardSynopsis = "[-json] NUMBER"

// cardReport is what "kessai card" prints. Every field is safe to print: the
// number appears only masked (brand.Number.Masked, .Format).
type cardReport struct {
	Brand           brand.Brand   `json:"brand"`
	Masked          string        `json:"masked,omitempty"`
	Formatted       string        `json:"formatted,omitempty"`
	Length          int           `json:"length"`
	Luhn            string        `json:"luhn"` // "valid", "invalid" or "not checked"
	SecurityCodeLen int           `json:"securityCodeLength,omitempty"`
	Candidates      []brand.Brand `json:"candidates"`
	Complete        bool          `json:"complete"`             // a valid number
	Incomplete      bool          `json:"incomplete,omitempty"` // too few digits yet
	Error           string        `json:"error,omitempty"`
}

// runCard implements "kessai card [-json] NUMBER": the brand, masked number,
// length, Luhn result, security-code length (rule C5) and the brands still
// possible while the number is being typed. NUMBER may be split over several
// arguments ("kessai card 4111 1111 1111 1111"). A number that does not parse
// (too short, too long, mistyped, a stray character) exits with status 2 and
// a one-line error on stderr; the number is never echoed, not even in flag
// errors.
func runCard(args []string, e env) int {
	fs := newFlags("card", cardSynopsis, e)
	asJSON := fs.Bool("json", false, "print the result as JSON")

	// Only dash-arguments without digits go to the flag parser: a number
	// typed with a leading hyphen ("-4111…") would otherwise come back in
	// the flag package's "flag provided but not defined" message.
	var flagArgs, words []string
	for _, a := range args {
		if strings.HasPrefix(a, "-") && !strings.ContainsAny(a, "0123456789０１２３４５６７８９") {
			flagArgs = append(flagArgs, a)
		} else {
			words = append(words, a)
		}
	}
	if code, ok := parseFlags(fs, flagArgs); !ok {
		return code
	}
	words = append(words, fs.Args()...)
	if len(words) == 0 {
		return fail(e, "card", errors.New("missing NUMBER; usage: kessai card "+cardSynopsis))
	}
	input := strings.Join(words, " ")

	r, err := cardCheck(input)
	if err != nil && r == nil {
		return fail(e, "card", err)
	}
	if *asJSON {
		if err != nil {
			r.Error = err.Error()
		}
		if werr := writeJSON(e.stdout, r); werr != nil {
			return fail(e, "card", werr)
		}
	} else {
		writeCardText(e.stdout, r)
	}
	if err != nil {
		if r.Incomplete {
			fmt.Fprintf(e.stderr, "kessai card: incomplete number: %v\n", err)
			return exitUsage
		}
		return fail(e, "card", err)
	}
	return exitOK
}

// cardCheck parses input. It returns a report and a nil error for a valid
// number; a partial report and the error for a number of the wrong length
// or check digit, whose digits are all readable; and no report, only the
// error, for input that is not a number at all.
func cardCheck(input string) (*cardReport, error) {
	cands := brand.Candidates(input)
	if cands == nil {
		cands = []brand.Brand{}
	}
	n, err := brand.Parse(input)
	if err == nil {
		return &cardReport{
			Brand:           n.Brand(),
			Masked:          n.Masked(),
			Formatted:       n.Format(),
			Length:          n.Len(),
			Luhn:            "valid",
			SecurityCodeLen: n.Brand().SecurityCodeLen(),
			Candidates:      cands,
			Complete:        true,
		}, nil
	}
	var pe *brand.ParseError
	if !errors.As(err, &pe) || pe.Digits < 0 || (pe.Err != brand.ErrLength && pe.Err != brand.ErrChecksum) {
		return nil, err
	}
	b := pe.Brand
	if b == brand.Unknown {
		b = brand.Detect(input)
	}
	r := &cardReport{
		Brand:           b,
		Length:          pe.Digits,
		Luhn:            "not checked",
		SecurityCodeLen: b.SecurityCodeLen(),
		Candidates:      cands,
	}
	switch {
	case pe.Err == brand.ErrChecksum:
		r.Luhn = "invalid"
	case pe.Digits < brand.MinDigits || len(cands) > 0:
		// Still being typed: more digits may make it a number. A brand
		// stays a candidate while its numbers in the range typed may have
		// this many digits or more (brand.Candidates); this many is wrong,
		// so more may be right: a 15-digit Visa or a 14-digit Diners Club
		// outside 36 is incomplete, a 16-digit American Express is not.
		r.Incomplete = true
	}
	return r, err
}

func writeCardText(w io.Writer, r *cardReport) {
	line := func(label, value string) { fmt.Fprintf(w, "%-15s %s\n", label+":", value) }
	line("brand", r.Brand.String())
	if r.Complete {
		line("number", r.Formatted)
		line("masked", r.Masked)
	}
	length := fmt.Sprintf("%d digits", r.Length)
	if r.Length == 1 {
		length = "1 digit"
	}
	if r.Incomplete {
		length += " (incomplete)"
	}
	line("length", length)
	line("luhn", r.Luhn)
	code := "unknown (brand not known)"
	if r.SecurityCodeLen > 0 {
		code = fmt.Sprintf("%d digits", r.SecurityCodeLen)
	}
	line("security code", code)
	names := make([]string, len(r.Candidates))
	for i, b := range r.Candidates {
		names[i] = b.String()
	}
	cands := strings.Join(names, ", ")
	if cands == "" {
		cands = "none of the known brands"
	}
	line("candidates", cands)
}
