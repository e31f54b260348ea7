// Package textparse reads a value of any of kessai's enumerations from a
// string through its UnmarshalText method, the one way the packages parse
// an enumeration's text (docs/CONVENTIONS.md, "Enumerations"): the
// command-line tool and the tests outside the packages use it.
package textparse

import "encoding"

// Parse returns the T that UnmarshalText reads from s, or its error.
func Parse[T any, P interface {
	*T
	encoding.TextUnmarshaler
}](s string) (T, error) {
	var v T
	err := P(&v).UnmarshalText([]byte(s))
	return v, err
}
