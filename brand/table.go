package brand

// RangeSources names the sources of the brand range table, with their
// dates; TestParseRangeEdges and the fuzz targets check the table against a
// transcription of the same list (ref_test.go).
const RangeSources = "ISO/IEC 7812 issuer identification numbers as listed in Wikipedia's " +
	"\"Payment card number\" (2025); Mastercard 2-series 222100–272099 (2016); " +
	"JCB range extension (2022); " +
	"overlap decisions 1–8 in table.go"

// The brand ranges.
//
// Each row is an inclusive range of 8-digit prefixes; a 6-digit range such
// as 676770 is written 67677000–67677099, a 2-digit one such as 34 is
// 34000000–34999999. The numbers in a row have its brand's lengths
// (brandInfos). Rows are sorted and do not overlap (TestRangeTable),
// so a number's first eight digits find at most one row by binary search, and
// a partial number finds every row its possible continuations reach.
//
// Sources: the brand list of kessai issue 2, which follows the issuer
// identification number (IIN) table of the Wikipedia article "Payment card
// number" (ISO/IEC 7812), Mastercard's 2-series range 222100–272099 (effective
// 2016-10-14), and JCB's 2022 range extension (3088–3094, 3096–3102,
// 3112–3120, 3158–3159, 3337–3349).
//
// Overlap decisions. Published range lists disagree in places; each place and
// the decision taken:
//
//  1. 622126–622925: listed by Discover as part of its network (UnionPay
//     cards accepted on Discover's network under the 2005 reciprocal
//     agreement) and by UnionPay as its own. The cards are issued by Chinese
//     banks under UnionPay, so they are UnionPay here (issue 2:
//     "622126–622925 is UnionPay"). The range is its own row so the decision
//     stays visible and tested (TestOverlapDecisions).
//  2. 309: older lists give Diners Club International all of 309. JCB's 2022
//     ranges 3088–3094 and 3096–3102 surround 3095, which Discover's IIN list
//     keeps for Diners Club; so 3095 is Diners Club and the rest of 309 is JCB.
//  3. Maestro: an old, broad definition ("50, 56–69", still in some UK
//     acquirer rules) covers Discover's 6011, 644–649 and 65 and UnionPay's 62.
//     The narrow list of Maestro's own IINs is used instead (5018, 5020, 5038,
//     5893, 6304, 6759, 6761–6763, and Maestro UK's 676770 and 676774), which
//     overlaps no other brand. 6304 was also Ireland's Laser (closed 2014).
//  4. 65: Discover's. RuPay (India) also issues in 65 (and 60, 81, 82), and
//     Elo (Brazil) in 650, 6516 and 6550; kessai models neither brand, and
//     those cards are routed on Discover's network abroad, so 65 is Discover.
//     Likewise 81 is UnionPay's (issue 2), RuPay's 81 notwithstanding.
//  5. 54–55: Diners Club cards issued in the United States and Canada since
//     2004 are Mastercard co-brands in 54–55; they are Mastercard here.
//  6. 4: all of it is Visa, including Visa Electron (4026, 417500, 4508,
//     4844, 4913 and 4917) and co-brands such as Dankort (4571) or Elo's 4xxx.
//  7. 2200–2204 (Mir) and 2221–2720 (Mastercard) do not overlap; 2205–2220
//     belong to no brand here.
//  8. Diners Club lengths: issue 2 lists "36 with 14 digits", the range of
//     Diners Club International's 14-digit cards (grouped 4-6-4). Other
//     Diners Club ranges have carried both 14 digits (Carte Blanche's 300–305,
//     and 38: PayPal's published test numbers 30569309025904 and
//  38520000023237. and 16 (Stripe's 3056930009020004). Rejecting a real
//     card is worse than accepting a longer number, so every Diners Club
//     range takes 14 to 19 digits.
var ranges = [...]rangeRow{
	{22000000, 22049999, Mir},             // 2200–2204
	{22210000, 27209999, Mastercard},      // 2221–2720 (2-series)
	{30000000, 30599999, DinersClub},      // 300–305 (Carte Blanche); decision 8
	{30880000, 30949999, JCB},             // 3088–3094 (2022); decision 2
	{30950000, 30959999, DinersClub},      // 3095; decisions 2, 8
	{30960000, 31029999, JCB},             // 3096–3102 (2022); decision 2
	{31120000, 31209999, JCB},             // 3112–3120 (2022)
	{31580000, 31599999, JCB},             // 3158–3159 (2022)
	{33370000, 33499999, JCB},             // 3337–3349 (2022)
	{34000000, 34999999, AmericanExpress}, // 34
	{35280000, 35899999, JCB},             // 3528–3589
	{36000000, 36999999, DinersClub},      // 36, 14-digit numbers; decision 8
	{37000000, 37999999, AmericanExpress}, // 37
	{38000000, 39999999, DinersClub},      // 38–39; decision 8
	{40000000, 49999999, Visa},            // 4; decision 6
	{50180000, 50189999, Maestro},         // 5018; decision 3
	{50200000, 50209999, Maestro},         // 5020
	{50380000, 50389999, Maestro},         // 5038
	{51000000, 55999999, Mastercard},      // 51–55; decision 5
	{58930000, 58939999, Maestro},         // 5893
	{60110000, 60119999, Discover},        // 6011
	{62000000, 62212599, UnionPay},        // 620000–622125
	{62212600, 62292599, UnionPay},        // 622126–622925; decision 1
	{62292600, 62999999, UnionPay},        // 622926–629999
	{63040000, 63049999, Maestro},         // 6304; decision 3
	{64400000, 65999999, Discover},        // 644–649, 65; decision 4
	{67590000, 67599999, Maestro},         // 6759
	{67610000, 67639999, Maestro},         // 6761–6763
	{67677000, 67677099, Maestro},         // 676770 (Maestro UK)
	{67677400, 67677499, Maestro},         // 676774 (Maestro UK)
	{81000000, 81999999, UnionPay},        // 81; decision 4
}

// rangeRow is an inclusive range of 8-digit prefixes and its brand.
type rangeRow struct {
	lo, hi uint32
	brand  Brand
}

// lengths returns the lengths of the numbers in r: its brand's.
func (r *rangeRow) lengths() lengths { return brandInfos[r.brand].lengths }

// keyDigits is the prefix length the tables are keyed by.
const keyDigits = 8

// keyRange returns the 8-digit keys that numbers starting with the n ASCII
// digits of d can have: one key when n >= 8, 10^(8-n) of them otherwise.
func keyRange(d []byte) (lo, hi uint32) {
	n := min(len(d), keyDigits)
	var p uint32
	for _, c := range d[:n] {
		p = p*10 + uint32(c-'0')
	}
	scale := uint32(1)
	for range keyDigits - n {
		scale *= 10
	}
	return p * scale, p*scale + scale - 1
}

// search returns the index of the first row whose hi is >= key, or
// len(ranges): sort.Search written out, as it is on the hot path of Parse and
// Detect.
func search(key uint32) int {
	i, j := 0, len(ranges)
	for i < j {
		h := int(uint(i+j) >> 1)
		if ranges[h].hi < key {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// rowOf returns the row holding key, or nil.
func rowOf(key uint32) *rangeRow {
	i := search(key)
	if i < len(ranges) && ranges[i].lo <= key {
		return &ranges[i]
	}
	return nil
}

// brandOf returns the brand of the row holding key, or Unknown.
func brandOf(key uint32) Brand {
	if r := rowOf(key); r != nil {
		return r.brand
	}
	return Unknown
}

// brandSet is a set of brands: bit b set means Brand(b) is in it.
type brandSet uint16

// possible returns the brands of the rows that meet [lo, hi] and whose
// numbers may have n digits or more, and the lengths of those rows' numbers.
func possible(lo, hi uint32, n int) (brandSet, lengths) {
	var set brandSet
	var lens lengths
	for i := search(lo); i < len(ranges) && ranges[i].lo <= hi; i++ {
		if l := ranges[i].lengths(); l.max() >= n {
			set |= 1 << ranges[i].brand
			lens |= l
		}
	}
	return set, lens
}

// only returns the set's one brand, or Unknown when it holds none or several.
func (s brandSet) only() Brand {
	if s == 0 || s&(s-1) != 0 {
		return Unknown
	}
	for b := Visa; b < numBrands; b++ {
		if s == 1<<b {
			return b
		}
	}
	return Unknown
}
