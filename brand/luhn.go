package brand

// Luhn reports whether digits passes the Luhn check (ISO/IEC 7812-1 annex B),
// the check digit every card brand here uses: from the rightmost digit,
// every second digit is doubled (9 subtracted when over 9) and the sum must be
// a multiple of 10. digits must be ASCII digits only, without spaces; Luhn
// reports false for anything else, for the empty string and for more than
// 96 bytes. It does not allocate.
func Luhn(digits string) bool {
	if len(digits) == 0 || len(digits) > maxInputLen {
		return false
	}
	// Pairs from the right: the last digit of a pair as is, the one before
	// it doubled. No state toggles between iterations.
	sum := 0
	i := len(digits) - 1
	for ; i > 0; i -= 2 {
		a, b := digits[i]-'0', digits[i-1]-'0'
		if a > 9 || b > 9 {
			return false
		}
		sum += int(a) + int(doubled[b])
	}
	if i == 0 {
		a := digits[0] - '0'
		if a > 9 {
			return false
		}
		sum += int(a)
	}
	return sum%10 == 0
}

// doubled[d] is the Luhn value of digit d in a doubled position: 2d, less 9
// when that is over 9.
const doubled = "\x00\x02\x04\x06\x08\x01\x03\x05\x07\x09"

// luhn is Luhn over digits already known to be ASCII digits.
func luhn(d []byte) bool {
	sum := 0
	i := len(d) - 1
	for ; i > 0; i -= 2 {
		sum += int(d[i]-'0') + int(doubled[(d[i-1]-'0')%10])
	}
	if i == 0 {
		sum += int(d[0] - '0')
	}
	return sum%10 == 0
}
