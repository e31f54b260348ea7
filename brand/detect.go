package brand

// Detect returns the brand of a number being typed: the one brand that
// prefix (digits so far, read as [Parse] reads them) can still belong to, or
// Unknown when none or several remain. Detect("4") is Visa, Detect("3") is
// Unknown (American Express, JCB or Diners Club), Detect("35") is JCB.
//
// Detect(s) != Unknown exactly when len(Candidates(s)) == 1. For a complete
// number that [Parse] accepts, Detect gives the same brand as Parse. Input
// with any other character, more than [MaxDigits] digits, or longer than
// [MaxInputLen] bytes is Unknown. Detect does not allocate.
func Detect(prefix string) Brand {
	return candidates(prefix).only()
}

// Candidates returns every brand that a number starting with prefix can
// still belong to, in the order of the Brand constants (Visa first, Mir
// last). A brand drops out when its ranges do not start with prefix or when
// prefix has more digits than its numbers in those ranges have. The empty
// prefix gives every brand; a prefix that no brand can continue gives nil,
// as does input with a character other than digits and separators, more
// than [MaxDigits] digits, or more than [MaxInputLen] bytes.
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

// AppendCandidates appends [Candidates] of prefix to dst and returns the
// extended slice; it does not allocate when dst has room (a capacity of 9
// always suffices).
func AppendCandidates(dst []Brand, prefix string) []Brand {
	return candidates(prefix).appendTo(dst)
}

func candidates(prefix string) brandSet {
	if len(prefix) > MaxInputLen {
		return 0
	}
	var sc scanned
	scan(prefix, &sc)
	if sc.bad >= 0 || sc.n > MaxDigits {
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
