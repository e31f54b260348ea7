package brand

// The brand ranges.
//
// Each row is an inclusive range of 8-digit prefixes; a 6-digit range such
// as 676770 is written 67677000–67677099, a 2-digit one such as 34 is
// 34000000–34999999. The numbers in a row have the row's lengths, its
// brand's (brandInfos) but for JCB's legacy rows. Rows are sorted and do
// not overlap (TestRangeTable), so a number's first eight digits find at
// most one row by binary search, and a partial number finds every row its
// possible continuations reach.
//
// Sources: the brand list of kessai issue 2, which follows the issuer
// identification number (IIN) table of the Wikipedia article "Payment card
// number" (ISO/IEC 7812), Mastercard's 2-series range 222100–272099 (effective
// 2016-10-14), JCB's 2022 range extension (3088–3094, 3096–3102,
// 3112–3120, 3158–3159, 3337–3349), and the tables of the two libraries
// payment forms use most, read 2026-11:
// https://github.com/braintree/credit-card-type/blob/main/src/lib/card-types.ts
// and
// https://github.com/activemerchant/active_merchant/blob/master/lib/active_merchant/billing/credit_card_methods.rb.
// The rule (kessai issue 11): never reject a number the schemes issue and
// those libraries or Stripe's published test cards
// (https://docs.stripe.com/testing) accept.
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
//  3. Maestro: credit-card-type gives Maestro 500000–504174, 504176–506698,
//     506779–508999, 56–59, 63, 67 and, as its last resort, all of 6;
//     activemerchant lists narrower ranges and BINs, all inside those
//     (500032…, 501800–501899, 561200…, 589300–599999, 600297…, 630400…,
//     639000…, 670000–679999). A narrow list rejects real Maestro cards, so
//     kessai takes credit-card-type's, the union, wherever no other brand of
//     kessai's claims the prefix: 50 less Elo's 504175 and 506699–506778 and
//     509 (both libraries give those to Elo, which kessai does not model; they
//     stay Unknown, which Parse accepts at 12 to 19 digits), 56–61, 63,
//     640–643 and 66–69. Discover's 6011, 644–649 and 65 and UnionPay's 62
//     keep their brands. Dankort's 5019 (activemerchant) and the Brazilian
//     Hipercard and Hiper BINs in 60 and 63 (credit-card-type; activemerchant
//     calls some Mastercard) are Maestro here: 16-digit numbers, which Maestro's
//     12 to 19 accept. In 4, credit-card-type's best match (the longest
//     pattern) makes 493698 Maestro at 12 to 19 digits, while activemerchant
//     makes it Visa at 13, 16 and 19. It is a Visa BIN, so kessai keeps it
//     Visa (decision 6), and Detect("4") stays Visa: every number there that
//     either library accepts parses except a 12-digit one, which Visa does
//     not issue (TestLibraryAgreement).
//  4. 65: Discover's. RuPay (India) also issues in 65 (and 60, 81, 82), and
//     Elo (Brazil) in 650, 6516 and 6550; kessai models neither brand, and
//     those cards are routed on Discover's network abroad, so 65 is Discover.
//  5. 54–55: Diners Club cards issued in the United States and Canada since
//     2004 are Mastercard co-brands in 54–55; they are Mastercard here.
//  6. 4: all of it is Visa, including Visa Electron (4026, 417500, 4508,
//     4844, 4913 and 4917) and co-brands such as Dankort (4571) or Elo's 4xxx.
//     Lengths 13 to 19: Visa has issued 13, 16 and 19 digits (activemerchant
//     takes those three), credit-card-type takes 16, 18 and 19; kessai takes
//     every length between, since rejecting a real card is worse than
//     accepting a longer number.
//  7. 2200–2204 (Mir) and 2221–2720 (Mastercard) do not overlap; 2205–2220
//     belong to no brand here.
//  8. Diners Club lengths: issue 2 lists "36 with 14 digits", the range of
//     Diners Club International's 14-digit cards (grouped 4-6-4). Other
//     Diners Club ranges have carried both 14 digits (Carte Blanche's 300–305,
//     and 38: PayPal's published test numbers 30569309025904 and
//  38520000023237. and 16 (Stripe's 3056930009020004). activemerchant takes
//     14 to 19, credit-card-type 14, 16 and 19; every Diners Club range takes
//     14 to 19 digits.
//  9. UnionPay lengths: activemerchant takes 16 to 19, credit-card-type 14
//     to 19; kessai goes with the wider, 14 to 19.
//  10. UnionPay's 8-series: both libraries give 81000000–81719999, not all
//     of 81 (their ranges 810, 8110–8131, 8132–8151, 8152–8163, 8164–8171,
//     from Discover's IIN table for its network partners); 8172 and above is
//     no brand here.
//  11. JCB's legacy 1800 and 2131: credit-card-type lists both (with 16 to 19
//     digits); activemerchant does not. The cards were historically 15 digits,
//     so these two rows take 15 to 19; JCB's other ranges 16 to 19.
//  12. UnionPay's 62: the libraries list parts of it, and not the same parts
//     (credit-card-type leaves out 6271, 6273–6275 and 6293–6299;
//     activemerchant 62000001–62212599 and 6238–6239); no other brand claims
//     any of 62, so all of it stays UnionPay, as in issue 2.
//  13. Other lengths where the libraries disagree, each taken the wider way
//     so that neither library's number is refused: Discover 16 to 19
//     (activemerchant; credit-card-type 16 and 19), JCB 16 to 19
//     (credit-card-type; activemerchant 16 only), Mir 16 to 19 (both).
//     Diners Club's 39 is in credit-card-type and Wikipedia's table, not in
//     activemerchant's; it stays Diners Club.
var ranges = [...]rangeRow{
	{18000000, 18009999, JCB, len15to19},         // 1800 (legacy); decision 11
	{21310000, 21319999, JCB, len15to19},         // 2131 (legacy); decision 11
	{22000000, 22049999, Mir, len16to19},         // 2200–2204
	{22210000, 27209999, Mastercard, len16},      // 2221–2720 (2-series, 2016-10-14)
	{30000000, 30599999, DinersClub, len14to19},  // 300–305 (Carte Blanche); decision 8
	{30880000, 30949999, JCB, len16to19},         // 3088–3094 (2022); decision 2
	{30950000, 30959999, DinersClub, len14to19},  // 3095; decisions 2, 8
	{30960000, 31029999, JCB, len16to19},         // 3096–3102 (2022); decision 2
	{31120000, 31209999, JCB, len16to19},         // 3112–3120 (2022)
	{31580000, 31599999, JCB, len16to19},         // 3158–3159 (2022)
	{33370000, 33499999, JCB, len16to19},         // 3337–3349 (2022)
	{34000000, 34999999, AmericanExpress, len15}, // 34
	{35280000, 35899999, JCB, len16to19},         // 3528–3589
	{36000000, 36999999, DinersClub, len14to19},  // 36, 14-digit numbers; decision 8
	{37000000, 37999999, AmericanExpress, len15}, // 37
	{38000000, 39999999, DinersClub, len14to19},  // 38–39; decision 8
	{40000000, 49999999, Visa, len13to19},        // 4; decisions 3, 6
	{50000000, 50417499, Maestro, len12to19},     // 500000–504174; decision 3
	{50417600, 50669899, Maestro, len12to19},     // 504176–506698; decision 3
	{50677900, 50899999, Maestro, len12to19},     // 506779–508999; decision 3
	{51000000, 55999999, Mastercard, len16},      // 51–55; decision 5
	{56000000, 60109999, Maestro, len12to19},     // 56–59, 600000–601099; decision 3
	{60110000, 60119999, Discover, len16to19},    // 6011
	{60120000, 61999999, Maestro, len12to19},     // 6012–6199; decision 3
	{62000000, 62212599, UnionPay, len14to19},    // 620000–622125; decision 12
	{62212600, 62292599, UnionPay, len14to19},    // 622126–622925; decision 1
	{62292600, 62999999, UnionPay, len14to19},    // 622926–629999; decision 12
	{63000000, 64399999, Maestro, len12to19},     // 63, 640–643; decision 3
	{64400000, 65999999, Discover, len16to19},    // 644–649, 65; decision 4
	{66000000, 69999999, Maestro, len12to19},     // 66–69; decision 3
	{81000000, 81719999, UnionPay, len14to19},    // 81000000–81719999; decision 10
}

// rangeRow is an inclusive range of 8-digit prefixes, its brand and the
// lengths of its numbers: the brand's, but for JCB's legacy rows
// (TestBrandInfos checks that each row's lengths are its brand's, or a
// subset, and that the brand's are the union of its rows').
type rangeRow struct {
	lo, hi uint32
	brand  Brand
	lens   lengths
}

// lengths returns the lengths of the numbers in r.
func (r *rangeRow) lengths() lengths { return r.lens }

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

// rangeHis holds each row's hi, in the rows' order: search reads this
// array of 4-byte keys (two cache lines) rather than the rows themselves.
var rangeHis = func() (his [len(ranges)]uint32) {
	for i, r := range ranges {
		his[i] = r.hi
	}
	return his
}()

// search returns the index of the first row whose hi is >= key, or
// len(ranges): sort.Search written out, as it is on the hot path of Parse and
// Detect.
func search(key uint32) int {
	i, j := 0, len(ranges)
	for i < j {
		h := int(uint(i+j) >> 1)
		if rangeHis[h] < key {
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
