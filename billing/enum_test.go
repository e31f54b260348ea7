package billing

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/kessai-jp/kessai/internal/pan"
)

// enumCase is one enumeration, seen through its methods.
type enumCase struct {
	name   string
	values []string // the tokens of the valid values, in order
	text   func(i int) (token, ja, en string, valid bool)
	parse  func(s string) (int, error)
	unmar  func(b []byte) (int, error)
	marsh  func(i int) ([]byte, error)
	bad    int    // a value that is none of the constants
	field  string // the JSON key of the enumeration's field, in errors
}

func enumCases() []enumCase {
	return []enumCase{
		{
			name:   "EventKind",
			values: []string{"failed", "retry", "notice", "dunning-email", "advice", "suspension", "slip-posted", "slip-deadline", "termination"},
			text: func(i int) (string, string, string, bool) {
				k := EventKind(i)
				return k.String(), k.Label(language.Japanese), k.Label(language.English), k.IsValid()
			},
			parse: func(s string) (int, error) { k, err := parseEventKind(s); return int(k), err },
			unmar: func(b []byte) (int, error) { var k EventKind; err := k.UnmarshalText(b); return int(k), err },
			marsh: func(i int) ([]byte, error) { return EventKind(i).MarshalText() },
			bad:   int(numKinds),
			field: "kind",
		},
		{
			name:   "State",
			values: []string{"active", "past-due", "suspended", "terminated"},
			text: func(i int) (string, string, string, bool) {
				s := State(i)
				return s.String(), s.Label(language.Japanese), s.Label(language.English), s.IsValid()
			},
			parse: func(s string) (int, error) { v, err := parseState(s); return int(v), err },
			unmar: func(b []byte) (int, error) { var v State; err := v.UnmarshalText(b); return int(v), err },
			marsh: func(i int) ([]byte, error) { return State(i).MarshalText() },
			bad:   int(numStates),
			field: "state",
		},
		{
			name:   "Channel",
			values: []string{"", "card", "slip"}, // the zero value is no channel
			text: func(i int) (string, string, string, bool) {
				c := Channel(i)
				return c.String(), c.Label(language.Japanese), c.Label(language.English), c.IsValid()
			},
			parse: func(s string) (int, error) { v, err := parseChannel(s); return int(v), err },
			unmar: func(b []byte) (int, error) { var v Channel; err := v.UnmarshalText(b); return int(v), err },
			marsh: func(i int) ([]byte, error) { return Channel(i).MarshalText() },
			bad:   int(numChannels),
			field: "channel",
		},
	}
}

// TestEnums checks each enumeration against docs/CONVENTIONS.md: a stable
// token, a Japanese and an English label, text that round-trips, a parser
// that takes the token in any case and the Japanese label, and errors for
// what is none of the values.
func TestEnums(t *testing.T) {
	for _, e := range enumCases() {
		t.Run(e.name, func(t *testing.T) {
			for i, want := range e.values {
				tok, ja, en, valid := e.text(i)
				if want == "" {
					// The zero value is no value given: "" both ways.
					if valid {
						t.Errorf("%s(%d) is valid; the zero value is none", e.name, i)
					}
					if b, err := e.marsh(i); err != nil || len(b) != 0 {
						t.Errorf("%s(%d).MarshalText = %q, %v, want \"\"", e.name, i, b, err)
					}
					if got, err := e.unmar(nil); err != nil || got != i {
						t.Errorf("%s.UnmarshalText(\"\") = %d, %v, want %d", e.name, got, err, i)
					}
					continue
				}
				if !valid || tok != want {
					t.Errorf("%s(%d) = %q, valid %v, want %q", e.name, i, tok, valid, want)
				}
				if ja == "" || en == "" || ja == en || !strings.ContainsFunc(ja, func(r rune) bool { return r > 0x3000 }) {
					t.Errorf("%s %s: labels ja %q en %q", e.name, tok, ja, en)
				}
				b, err := e.marsh(i)
				if err != nil || string(b) != tok {
					t.Errorf("%s %s: MarshalText = %q, %v", e.name, tok, b, err)
				}
				for _, in := range []string{tok, strings.ToUpper(tok), ja} {
					if got, err := e.parse(in); err != nil || got != i {
						t.Errorf("Parse%s(%q) = %d, %v, want %d", e.name, in, got, err, i)
					}
					if got, err := e.unmar([]byte(in)); err != nil || got != i {
						t.Errorf("%s.UnmarshalText(%q) = %d, %v, want %d", e.name, in, got, err, i)
					}
				}
			}
			if tok, _, _, valid := e.text(e.bad); valid || !strings.HasPrefix(tok, e.name+"(") {
				t.Errorf("%s(%d) = %q, valid %v", e.name, e.bad, tok, valid)
			}
			// A value that is none of the constants is no value of the
			// enumeration: ErrUnknown with the field named, as in brand,
			// eligibility and family.
			_, err := e.marsh(e.bad)
			var be *Error
			if !errors.Is(err, ErrUnknown) || !errors.As(err, &be) || be.Field != e.field || be.Func != e.name+".MarshalText" {
				t.Errorf("%s(%d).MarshalText error = %#v, want ErrUnknown in an *Error with Field %q", e.name, e.bad, err, e.field)
			} else if ja, en := be.Message(language.Japanese), be.Message(language.English); ja == "" || en == "" || ja == en {
				t.Errorf("%s(%d).MarshalText error messages ja %q en %q", e.name, e.bad, ja, en)
			}
			for _, tt := range []struct {
				in  string
				err error
			}{
				{"", ErrEmpty}, {"cash", ErrUnknown}, {" card", ErrUnknown},
				{strings.Repeat("x", maxDateInput+1), ErrTooLong},
				{"4111111111111111", ErrUnknown},
				{"4111 1111 1111 1111 and some more text to pass every bound there is", ErrTooLong},
			} {
				_, err := e.parse(tt.in)
				var be *Error
				if !errors.Is(err, tt.err) || !errors.As(err, &be) {
					t.Errorf("Parse%s(%q) error = %v, want %v", e.name, tt.in, err, tt.err)
					continue
				}
				for _, s := range []string{err.Error(), be.Message(language.Japanese), be.Message(language.English)} {
					if pan.LongestRun(s) > pan.KeepFirst+pan.KeepLast || len(s) > 200 {
						t.Errorf("Parse%s(%q): %q unbounded or shows card digits", e.name, tt.in, s)
					}
				}
			}
		})
	}
}

// TestEventKindRule: every step of the timeline cites its rule.
func TestEventKindRule(t *testing.T) {
	want := [numKinds]string{"D1", "D1", "D2", "D2", "D8", "D3", "D4", "D4", "D7"}
	for k := KindFailed; k < numKinds; k++ {
		if got := k.rule(); got != want[k] {
			t.Errorf("%v.rule() = %q, want %q", k, got, want[k])
		}
	}
}
