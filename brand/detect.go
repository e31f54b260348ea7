package brand

// Detect returns the brand of a number being typed: the one brand that
// prefix (digits so far, read as [Parse] reads them) can still belong to, or
// Unknown when none or several remain. Detect("4") is Visa, Detect("3") is
// Unknown (American Express, JCB or Diners Club), Detect("35") is JCB.
//
// Detect(s) != Unknown exactly when len(Candidates(s)) == 1. For a complete
// number that [Parse] accepts, Detect gives the same brand as Parse. Input
// with any other character, more than 19 digits, or longer than 96 bytes is
// Unknown. Detect does not allocate.
func Detect(prefix string) Brand {
	return candidates(prefix).only()
}

// Candidates returns every brand that a number starting with prefix can
// still belong to, in the order of the Brand constants (Visa first, Mir
// last). A brand drops out when its ranges do not start with prefix or when
// prefix has more digits than its numbers in those ranges have. The empty
// prefix gives every brand; a prefix that no brand can continue gives nil,
// as does input with a character other than digits and separators, more
// than 19 digits, or more than 96 bytes. Candidates allocates the slice it
// returns, and nothing else.
//
// A number outside every brand's ranges may still be a card number of a
// brand kessai does not know; [Parse] accepts those as Unknown.
func Candidates(prefix string) []Brand {
	set := candidates(prefix)
	if set == 0 {
		return nil
	}
	return set.appendTo(make([]Brand, 0, set.len()))
}

func candidates(prefix string) brandSet {
	if len(prefix) > maxInputLen {
		return 0
	}
	var sc scanned
	scan(prefix, &sc)
	if sc.bad >= 0 || sc.n > maxDigits {
		return 0
	}
	if sc.n >= keyDigits {
		// One key, so at most one row: skip the walk over rows.
		lo, _ := keyRange(sc.d[:keyDigits])
		if r := rowOf(lo); r != nil && r.lengths().max() >= sc.n {
			return 1 << r.brand
		}
		return 0
	}
	lo, hi := keyRange(sc.d[:sc.n])
	set, _ := possible(lo, hi, sc.n)
	return set
}

func (s brandSet) appendTo(dst []Brand) []Brand {
	for b := Visa; b < numBrands; b++ {
		if s&(1<<b) != 0 {
			dst = append(dst, b)
		}
	}
	return dst
}

func (s brandSet) len() int {
	n := 0
	for ; s != 0; s &= s - 1 {
		n++
	}
	return n
}
