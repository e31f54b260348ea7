package family

import (
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/eligibility"
)

// Bill bills account a for one month under plan p, in a.Mode.
//
// In Aggregate mode (まとめ払い, F1) it returns one invoice, charged to the
// owner's card, with every line as a breakdown; every line must be under the
// account's mioID ([ErrConflict]) and the owner's card must be in the owner's
// name (C1). In PerLine mode (個別払い, F2) it returns one invoice per line,
// charged to that line's own card, which must be in that line's holder's
// name (C1: a family member pays for their own line with their own card).
//
// Consumption tax follows the qualified-invoice rules (適格請求書): per
// invoice and per rate, the tax-exclusive charges are summed, discounts are
// taken off, and the tax is computed and rounded down once. Aggregate and
// per-line billing of the same account can therefore differ by a few yen in
// tax; bill the account in both modes to see the difference.
//
// Lines and invoices come in ascending order of line ID (after width
// folding), whatever the input order, so the result is deterministic. Bill
// reads a and p and never changes them; the invoices share no memory with
// them. Bad input is reported as an [*Error] wrapping one of the package's
// sentinels, never by a panic.
func Bill(a Account, p Plan) ([]Invoice, error) {
	invs, err := bill(&a, &p)
	if err != nil {
		if e, ok := err.(*Error); ok && e.Func == "" {
			e.Func = "Bill"
		}
		return nil, err
	}
	return invs, nil
}

// bill is Bill; its errors leave Func to Bill.
func bill(a *Account, p *Plan) ([]Invoice, error) {
	// The line workspace stays on the stack for up to stackLines lines. It
	// is passed to the methods rather than kept in b: escape analysis does
	// not tell b's fields apart, and b's strings do reach the invoices.
	var b biller
	var buf [stackLines]work
	var ws []work
	switch n := len(a.Lines); {
	case n <= stackLines:
		ws = buf[:n]
	case n <= maxLines:
		ws = make([]work, n)
	}
	if err := b.prepare(a, p, a.Mode, ws); err != nil {
		return nil, err
	}
	return b.invoices(ws)
}

// stackLines is how many lines [Bill] keeps in a workspace on its stack;
// accounts with more lines take one allocation for it.
const stackLines = 16

// maxPairs is how many distinct card-holder pairs one Bill call remembers
// as already matched (C1), so that a payer of several lines is matched once.
const maxPairs = 8

// pair is a card name and a holder name, both folded, that matched (C1).
type pair struct{ card, holder string }

// work is one line being billed.
type work struct {
	in     *Line
	id     string
	mio    string
	holder string // the holder's kana, folded
	user   string
	card   Card // the line's card, normalised (PerLine mode only)
	// base is the tax-exclusive sum of the line's charges per category
	// (index category-1); disc the discount taken off each.
	base [numCategories]billing.Yen
	disc [numCategories]billing.Yen
	// incl is the tax-included discount taken off each category
	// (Discount.TaxIncluded); its tax-exclusive part joins disc when the
	// invoice's tax is computed.
	incl [numCategories]billing.Yen
	sub  billing.Yen
	// has has bit k set when the line has a charge in category index k, so
	// that a rate whose charges are all ¥0 still appears on the invoice.
	has uint8
	// applied is the amount of each plan discount on this line.
	applied [maxDiscounts]billing.Yen
	nDisc   int
	// exclDisc is the sum of the tax-exclusive discounts' amounts.
	exclDisc billing.Yen
}

// biller holds a validated account and plan.
//
// It keeps copies of what it needs rather than pointers to the account and
// plan, so that they stay on the caller's stack.
type biller struct {
	in        []Line
	card      Card
	date      billing.Date
	discounts []Discount
	mode      Mode
	rate      taxRate
	mio       string
	owner     string // the owner's kana, folded
	ownerH    eligibility.Holder
	nCharg    int
	// conds are the account's Conditions, folded, nConds of them;
	// oneHolder the plan's OneHolder.
	conds     [maxConditions]string
	nConds    int
	oneHolder bool
	// discName and discReq hold the plan's discount names and the
	// conditions they require, folded once.
	discName [maxDiscounts]string
	discReq  [maxDiscounts]string
	// rawMio and rawOwner are the account's mioID and owner as given: a
	// line field equal to one of them is not checked and folded again.
	rawMio, rawOwner string
	// matched are the card-holder pairs already matched (C1), nMatched of
	// them.
	matched  [maxPairs]pair
	nMatched int
}

// prepare validates a and p for billing in mode and computes each line's
// sums and discounts into ws, the line workspace (len(a.Lines) long when
// that is within bounds). It fills in b, which the caller keeps on its stack.
func (b *biller) prepare(a *Account, p *Plan, mode Mode, ws []work) error {
	switch {
	case mode == modeUnset:
		return &Error{Field: "mode", Err: ErrEmpty}
	case !mode.IsValid():
		return &Error{Field: "mode", Err: ErrUnknown}
	}
	switch n := len(a.Lines); {
	case n == 0:
		return &Error{Field: "lines", Err: ErrEmpty}
	case n > maxLines:
		return &Error{Field: "lines", Err: ErrTooLong, why: why("最大 "+strconv.Itoa(maxLines)+" 回線", "at most "+strconv.Itoa(maxLines))}
	}
	if err := p.validate("Bill"); err != nil {
		return err
	}
	if len(a.Lines) > p.MaxLines {
		return &Error{Field: "lines", Err: ErrRange,
			why: why("プランの上限は "+strconv.Itoa(p.MaxLines)+" 回線", "the plan allows "+strconv.Itoa(p.MaxLines))}
	}
	if !a.Date.IsValid() {
		return &Error{Field: "date", Err: dateCategory(a.Date)}
	}
	rate, ok := rateOn(a.Date)
	if !ok {
		return &Error{Field: "date", Err: ErrRange, why: why("消費税が始まった 1989-04-01 以降", "on or after 1989-04-01, when consumption tax began")}
	}
	if len(a.Conditions) > maxConditions {
		return &Error{Field: "conditions", Err: ErrTooLong, why: why("最大 "+strconv.Itoa(maxConditions), "at most "+strconv.Itoa(maxConditions))}
	}
	*b = biller{in: a.Lines, card: a.Card, date: a.Date, discounts: p.Discounts, mode: mode, rate: rate,
		rawMio: a.MioID, rawOwner: a.Owner.Kana, nConds: len(a.Conditions), oneHolder: p.OneHolder}
	for i := range p.Discounts {
		b.discName[i] = fold(p.Discounts[i].Name)
		b.discReq[i] = fold(p.Discounts[i].Requires) // validated: "" or a condition
	}
	var err error
	for i, c := range a.Conditions {
		// A condition is a name a discount's Requires matches: bounded and
		// checked as every text field is, and folded as Requires is.
		if b.conds[i], err = required(c, maxConditionBytes); err != nil {
			return &Error{Field: "conditions[" + strconv.Itoa(i) + "]", Err: err}
		}
	}
	if b.mio, err = required(a.MioID, maxIDBytes); err != nil {
		return &Error{Field: "mioID", Err: err}
	}
	if b.owner, err = requiredName(a.Owner.Kana, maxNameBytes); err != nil {
		return &Error{Field: "owner.kana", Err: err}
	}
	b.ownerH = eligibility.Holder{Kana: b.owner, Corporate: a.Owner.Corporate, Existing: a.Owner.Existing}
	for i := range a.Lines {
		if err := b.line(i, ws); err != nil {
			return err
		}
	}
	// Lines usually come in ascending order of ID; the sort, which moves
	// whole work entries, is for those that do not.
	if !ascending(ws) {
		slices.SortFunc(ws, func(x, y work) int { return strings.Compare(x.id, y.id) })
		for i := 1; i < len(ws); i++ {
			if ws[i].id == ws[i-1].id {
				return &Error{Line: ws[i].id, Field: "id", Err: ErrConflict, why: why("別の回線と同じ ID です", "another line has this ID")}
			}
		}
	}
	if b.oneHolder {
		// The published reading of F2: a mioID's lines are all in its
		// holder's name.
		for i := range ws {
			if w := &ws[i]; w.mio == b.mio && w.holder != b.owner {
				return &Error{Line: w.id, Field: "holder.kana", Err: ErrConflict,
					why: why("一つの mioID の回線はすべて契約者の名義です", "a mioID's lines are all in its holder's name")}
			}
		}
	}
	switch mode {
	case Aggregate:
		// F1: one invoice on one card, so every line under this mioID.
		for i := range ws {
			if w := &ws[i]; w.mio != b.mio {
				return &Error{Line: w.id, Field: "mioID", Err: ErrConflict,
					why: why("まとめ払いはアカウントの mioID の回線だけです", "aggregate payment takes only the account's mioID's lines")}
			}
		}
		// C1: the owner's card is in the owner's name.
		card, err := b.checkCard(a.Card, b.owner, "", "card")
		if err != nil {
			return err
		}
		b.card = card
	case PerLine:
		// F2 with C1: each line's own card, in that line's holder's name.
		for i := range ws {
			w := &ws[i]
			card, err := b.checkCard(w.in.Card, w.holder, w.id, "card")
			if err != nil {
				return err
			}
			w.card = card
		}
	case modeUnset:
	}
	b.discount(ws)
	return nil
}

// ascending reports whether the IDs of ws are in strictly ascending order:
// sorted, with no duplicates.
func ascending(ws []work) bool {
	for i := 1; i < len(ws); i++ {
		if ws[i-1].id >= ws[i].id {
			return false
		}
	}
	return true
}

// required checks a text field and that it is not empty.
func required(s string, max int) (string, error) {
	f, err := checkText(s, max)
	if err != nil {
		return "", err
	}
	if f == "" {
		return "", ErrEmpty
	}
	return f, nil
}

// line validates a.Lines[i] into ws[i] and sums its charges.
func (b *biller) line(i int, ws []work) error {
	in := &b.in[i]
	w := &ws[i]
	w.in = in
	var err error
	if w.id, err = required(in.ID, maxIDBytes); err != nil {
		// The ID is unusable, so the error names the line by position.
		return &Error{Field: "lines[" + strconv.Itoa(i) + "].id", Err: err}
	}
	// The same text is not checked twice: a line's mioID is usually the
	// account's, its holder often the owner or the previous line's.
	if in.MioID == b.rawMio {
		w.mio = b.mio
	} else if w.mio, err = required(in.MioID, maxIDBytes); err != nil {
		return &Error{Line: w.id, Field: "mioID", Err: err}
	}
	switch {
	case in.Holder.Kana == b.rawOwner:
		w.holder = b.owner
	case i > 0 && in.Holder.Kana == b.in[i-1].Holder.Kana:
		w.holder = ws[i-1].holder
	default:
		if w.holder, err = requiredName(in.Holder.Kana, maxNameBytes); err != nil {
			return &Error{Line: w.id, Field: "holder.kana", Err: err}
		}
	}
	if in.User != "" {
		if w.user, err = checkName(in.User, maxNameBytes); err != nil {
			return &Error{Line: w.id, Field: "user", Err: err}
		}
	}
	if len(in.Charges) > maxChargesPerLine {
		return &Error{Line: w.id, Field: "charges", Err: ErrTooLong,
			why: why("最大 "+strconv.Itoa(maxChargesPerLine)+" 件", "at most "+strconv.Itoa(maxChargesPerLine))}
	}
	// Lines usually carry the same items in the same order ("monthly
	// fee" on each), so a description equal to the previous line's at the
	// same position has already passed.
	var prev []Charge
	if i > 0 {
		prev = b.in[i-1].Charges
	}
	for j := range in.Charges {
		c := &in.Charges[j]
		if j >= len(prev) || c.Description != prev[j].Description {
			if _, err := required(c.Description, maxDescriptionBytes); err != nil {
				return &Error{Line: w.id, Field: chargeField(j, "description"), Err: err}
			}
		}
		if c.Amount < 0 || c.Amount > maxChargeAmount {
			// Not echoed: it may be a card number typed into the field.
			return &Error{Line: w.id, Field: chargeField(j, "amount"), Err: ErrRange, why: amountRange()}
		}
		switch {
		case c.Tax == taxUnset:
			return &Error{Line: w.id, Field: chargeField(j, "tax"), Err: ErrEmpty}
		case !c.Tax.IsValid():
			return &Error{Line: w.id, Field: chargeField(j, "tax"), Err: ErrUnknown}
		}
		k := c.Tax - 1
		w.has |= 1 << k
		var ok1, ok2 bool
		w.base[k], ok1 = add(w.base[k], c.Amount)
		w.sub, ok2 = add(w.sub, c.Amount)
		if !ok1 || !ok2 {
			return &Error{Line: w.id, Field: chargeField(j, "amount"), Err: ErrRange}
		}
	}
	b.nCharg += len(in.Charges)
	return nil
}

func chargeField(j int, f string) string {
	return "charges[" + strconv.Itoa(j) + "]." + f
}

// checkCard checks that c is a usable card reference in holder's name (C1)
// and returns it normalised: the name width-folded, the last four digits in
// ASCII. A card name and holder already matched in this Bill call are not
// matched again.
func (b *biller) checkCard(c Card, holder, line, field string) (Card, error) {
	if c == (Card{}) {
		return Card{}, &Error{Line: line, Field: field, Err: ErrEmpty}
	}
	name, err := requiredName(c.Name, maxNameBytes)
	if err != nil {
		return Card{}, &Error{Line: line, Field: field, Err: err, why: why("カードの名義", "the name on the card")}
	}
	last4, ok := foldLast4(c.Last4)
	if !ok {
		// The value is not echoed: it might be a whole card number.
		return Card{}, &Error{Line: line, Field: field, Err: ErrSyntax, why: why("カード番号の下 4 桁だけ", "the last 4 digits only")}
	}
	if !b.seen(name, holder) {
		ok, onCard, err := matchHolder(name, holder)
		switch {
		case err != nil && onCard:
			return Card{}, &Error{Line: line, Field: field, Err: err, why: why("カードの名義はローマ字で", "the name on the card in romaji")}
		case err != nil:
			// The holder's kana, which the text checks let through but the
			// matcher cannot read: the owner's for the account's card.
			f := "holder.kana"
			if line == "" {
				f = "owner.kana"
			}
			return Card{}, &Error{Line: line, Field: f, Err: err, why: why("名前はカナで", "the name in kana")}
		case !ok:
			return Card{}, &Error{Line: line, Field: field, Err: ErrConflict,
				why: why("カードの名義が支払う人の名前と一致しません", "the name on the card is not the payer's")}
		}
		if b.nMatched < len(b.matched) {
			b.matched[b.nMatched] = pair{name, holder}
			b.nMatched++
		}
	}
	return Card{Name: name, Last4: last4}, nil
}

// seen reports whether card and holder (both folded) have already matched
// in this Bill call (C1).
func (b *biller) seen(card, holder string) bool {
	for _, p := range b.matched[:b.nMatched] {
		if p.card == card && p.holder == holder {
			return true
		}
	}
	return false
}

// discount applies the plan's discounts in order (F4). Lines are already in
// ascending order of ID, the order in which a discount's cap is filled.
func (b *biller) discount(ws []work) {
	for di := range b.discounts {
		d := &b.discounts[di]
		if d.AggregateOnly && b.mode != Aggregate || b.discReq[di] != "" && !slices.Contains(b.conds[:b.nConds], b.discReq[di]) {
			continue
		}
		n := 0
		for i := range ws {
			if b.qualifies(&ws[i], d) {
				n++
			}
		}
		if n < d.MinLines {
			continue
		}
		k := d.Tax - 1
		pct := b.rate.percent(d.Tax)
		done := 0
		for i := range ws {
			w := &ws[i]
			if done == d.Cap {
				break
			}
			if !b.qualifies(w, d) {
				continue
			}
			done++
			left := w.base[k] - w.disc[k] - w.incl[k]
			if d.TaxIncluded {
				// What is left of the line's tax-included charges.
				left = w.base[k] - w.disc[k] + tax(w.base[k]-w.disc[k], pct) - w.incl[k]
			}
			amt := min(d.PerLine, left)
			if amt <= 0 {
				continue
			}
			if d.TaxIncluded {
				w.incl[k] += amt
			} else {
				w.disc[k] += amt
				w.exclDisc += amt
			}
			w.applied[di] = amt
			w.nDisc++
		}
	}
}

func (b *biller) qualifies(w *work, d *Discount) bool {
	return (w.in.Voice || !d.VoiceOnly) && (!d.SameMioID || w.mio == b.mio)
}

// invoices builds the invoices. Each Invoice, its lines, charges, discounts
// and tax lines live in a few shared backing arrays, cut with full slice
// expressions so that appending to one never writes into another.
func (b *biller) invoices(ws []work) ([]Invoice, error) {
	n := len(ws)
	nDisc := 0
	for i := range ws {
		nDisc += ws[i].nDisc
	}
	lines := make([]LineBill, n)
	charges := make([]Charge, b.nCharg)
	applied := make([]AppliedDiscount, nDisc)
	for i := range ws {
		w := &ws[i]
		m := copy(charges, w.in.Charges)
		ad := applied[:0:w.nDisc]
		var disc billing.Yen
		for di, amt := range w.applied {
			if amt > 0 {
				d := &b.discounts[di]
				ad = append(ad, AppliedDiscount{Name: b.discName[di], Tax: d.Tax, Amount: amt, TaxIncluded: d.TaxIncluded})
			}
		}
		disc = w.exclDisc // tax-included discounts add their part in tax
		// Field by field into the zeroed array: a write barrier per
		// pointer, not a copy of the whole struct.
		l := &lines[i]
		l.ID, l.Voice, l.User = w.id, w.in.Voice, w.user
		l.Holder.Kana, l.Holder.Corporate, l.Holder.Existing = w.holder, w.in.Holder.Corporate, w.in.Holder.Existing
		l.Charges, l.Subtotal, l.Discounts, l.Discount = charges[:m:m], w.sub, ad, disc
		charges = charges[m:]
		applied = applied[w.nDisc:]
	}
	// An invoice has one tax line per category present on it.
	if b.mode == Aggregate {
		var has uint8
		for i := range ws {
			has |= ws[i].has
		}
		invs := make([]Invoice, 1)
		b.invoice(&invs[0], b.mio, b.ownerH, b.card, lines)
		taxes := make([]TaxLine, 0, bits.OnesCount8(has))
		if err := b.tax(&invs[0], ws, taxes); err != nil {
			return nil, err
		}
		return invs, nil
	}
	nTax := 0
	for i := range ws {
		nTax += bits.OnesCount8(ws[i].has)
	}
	invs := make([]Invoice, n)
	taxes := make([]TaxLine, nTax)
	for i := range ws {
		w := &ws[i]
		b.invoice(&invs[i], w.mio, lines[i].Holder, w.card, lines[i:i+1:i+1])
		k := bits.OnesCount8(w.has)
		if err := b.tax(&invs[i], ws[i:i+1], taxes[:0:k]); err != nil {
			return nil, err
		}
		taxes = taxes[k:]
	}
	return invs, nil
}

// invoice starts inv, zero, as an invoice to payer for lines, field by
// field.
func (b *biller) invoice(inv *Invoice, mio string, payer eligibility.Holder, card Card, lines []LineBill) {
	inv.Date, inv.RatesFrom, inv.MioID = b.date, b.rate.from, mio
	inv.Payer, inv.Card, inv.Lines = payer, card, lines
}

// tax fills in inv's totals and its tax per rate, computed and rounded once
// per rate over the whole invoice (qualified-invoice rules), and splits each
// rate's tax across the invoice's lines (whose work entries are ws) by the
// largest-remainder method in proportion to their bases at that rate, lines
// in invoice order. taxes is an empty slice with room for every category
// present.
func (b *biller) tax(inv *Invoice, ws []work, taxes []TaxLine) error {
	var ok bool
	for i := range inv.Lines {
		l := &inv.Lines[i]
		if inv.Subtotal, ok = add(inv.Subtotal, l.Subtotal); !ok {
			return &Error{Field: "lines", Err: ErrRange}
		}
		inv.Discount += l.Discount // at most Subtotal: no overflow
	}
	for k := range numCategories {
		var base, incl billing.Yen
		has := false
		for i := range ws {
			base += ws[i].base[k] - ws[i].disc[k] // at most the subtotal: no overflow
			incl += ws[i].incl[k]                 // at most the base and its tax
			has = has || ws[i].has&(1<<k) != 0
		}
		if !has {
			continue
		}
		cat := TaxCategory(k + 1)
		pct := b.rate.percent(cat)
		t := tax(base, pct)
		if incl > 0 {
			// Tax-included discounts: the rate's tax-included total falls
			// by exactly incl; the tax is computed once on what is left, and
			// the discounts' tax-exclusive part is the rest.
			net, ok := add(base, t)
			if !ok {
				return &Error{Field: "lines", Err: ErrRange}
			}
			net = max(net-incl, 0)
			t = taxIncluded(net, pct)
			ex := base - (net - t)
			base = net - t
			b.shareIncl(inv, ws, k, ex, incl)
		}
		taxes = append(taxes, TaxLine{Category: cat, Rate: pct, Base: base, Tax: t})
		inv.Tax += t // each tax is at most its base: no overflow
		switch {
		case t == 0:
		case len(ws) == 1:
			inv.Lines[0].Tax += t
		default:
			shareTax(inv.Lines, ws, k, t, base)
		}
	}
	inv.Taxes = taxes
	for i := range inv.Lines {
		l := &inv.Lines[i]
		if l.Total, ok = add(l.Subtotal-l.Discount, l.Tax); !ok {
			return &Error{Line: l.ID, Field: "charges", Err: ErrRange}
		}
	}
	if inv.Total, ok = add(inv.Subtotal-inv.Discount, inv.Tax); !ok {
		return &Error{Field: "lines", Err: ErrRange}
	}
	return nil
}

// shareIncl shares ex, the tax-exclusive part of the invoice's tax-included
// discounts in category index k (incl in all), among its lines in
// proportion to their tax-included discounts, by the largest-remainder
// method, and adds each share to the line's discount. No line's share is
// more than what is left of its base: a line whose tax-included discount
// is all its tax-included charge may be given a yen more by the rounding
// (a ¥20 line discounted ¥22, tax included, its share of ¥29 between it
// and a ¥9 line 21), and the yen goes to the next discounted line in ID
// order with room. It always fits there: ex is the discounted lines' base
// less what tax-inclusive rounding leaves of it, never more than their
// base.
func (b *biller) shareIncl(inv *Invoice, ws []work, k int, ex, incl billing.Yen) {
	inv.Discount += ex
	if len(ws) == 1 { // a per-line invoice: the whole part is its line's
		ws[0].disc[k] += ex
		inv.Lines[0].Discount += ex
		return
	}
	var parts [maxLines]billing.Yen
	// The usual case: every discounted line has the same tax-included
	// discount (¥100). Equal weights have equal remainders, so the largest
	// remainder method gives each line the quotient and one yen more to the
	// first lines in ID order, without sorting.
	var same billing.Yen
	n := 0
	for i := range ws {
		if w := ws[i].incl[k]; w > 0 {
			if same != 0 && w != same {
				n = -1
				break
			}
			same = w
			n++
		}
	}
	if n > 0 {
		q, r := ex/billing.Yen(n), ex%billing.Yen(n)
		for i := range ws {
			if ws[i].incl[k] == 0 {
				continue
			}
			parts[i] = q
			if r > 0 {
				parts[i]++
				r--
			}
		}
	} else {
		var weights [maxLines]int64
		var scratch [maxLines]remainder
		for i := range ws {
			weights[i] = int64(ws[i].incl[k])
		}
		split(parts[:len(ws)], ex, weights[:len(ws)], uint64(incl), scratch[:len(ws)])
	}
	var over billing.Yen
	for i := range ws {
		if room := ws[i].base[k] - ws[i].disc[k]; parts[i] > room {
			over += parts[i] - room
			parts[i] = room
		}
	}
	for i := 0; over > 0 && i < len(ws); i++ {
		if ws[i].incl[k] == 0 {
			continue // a line without the discount takes none of it
		}
		give := min(over, ws[i].base[k]-ws[i].disc[k]-parts[i])
		parts[i] += give
		over -= give
	}
	for i := range ws {
		ws[i].disc[k] += parts[i]
		inv.Lines[i].Discount += parts[i]
	}
}

// shareTax splits t, the tax of category index k, across lines (whose work
// entries are ws) by the largest-remainder method, in proportion to each
// line's base in that category after discounts; base is their sum.
func shareTax(lines []LineBill, ws []work, k int, t, base billing.Yen) {
	var weights [maxLines]int64
	var parts [maxLines]billing.Yen
	var scratch [maxLines]remainder
	for i := range ws {
		weights[i] = int64(ws[i].base[k] - ws[i].disc[k])
	}
	split(parts[:len(ws)], t, weights[:len(ws)], uint64(base), scratch[:len(ws)])
	for i := range lines {
		lines[i].Tax += parts[i]
	}
}
