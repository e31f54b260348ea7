package billing

// Yen is an amount of Japanese yen. Yen have no minor unit in practice, so
// amounts are whole integers and arithmetic on them is exact.
type Yen int64

// String formats y with a yen sign and thousands separators: "¥1,234",
// "-¥1,234", "¥0".
func (y Yen) String() string {
	var b [32]byte
	return string(y.appendTo(b[:0]))
}

// appendTo appends the [Yen.String] form of y to b.
func (y Yen) appendTo(b []byte) []byte {
	u := uint64(y)
	if y < 0 {
		b = append(b, '-')
		u = -u // exact for math.MinInt64 too
	}
	b = append(b, "¥"...)
	var d [26]byte
	i := len(d)
	for n := 0; ; n++ {
		if n > 0 && n%3 == 0 {
			i--
			d[i] = ','
		}
		i--
		d[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	return append(b, d[i:]...)
}
