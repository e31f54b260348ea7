package eligibility

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/brand"
	"github.com/kessai-jp/kessai/internal/bound"
	"github.com/kessai-jp/kessai/internal/pan"
	"golang.org/x/text/language"
)

// cell is one entry of a policy's method table: the verdict of a method for a
// purpose, the reason code that explains it, the rule it rests on and where
// the fact comes from.
type cell struct {
	v    Verdict
	src  srcID
	code Code
	rule string
}

func (c cell) reason() Reason {
	return Reason{Code: c.code, Rule: c.rule, Verdict: c.v, Source: sourceOf(c.src)}
}

// Policy is a carrier's (or a sales channel's) payment rules as an immutable
// value: the method table (method × purpose → verdict, reason, rule), the
// accepted card brands, whether the M2 debit exceptions apply and whether
// instalments are offered (M9). Copies share nothing mutable, so a Policy is
// safe to use from many goroutines, and it is comparable with ==.
//
// The zero Policy has no name and answers Uncertain, "not-stated", for
// every method (and refuses every card brand); start from a preset such as
// [IIJmio] instead.
//
// A Policy has no JSON form (its table is code, not data): encoding/json
// writes {} for it, as for any value with no exported field. Store or send
// its [Policy.ID] and find the preset again with [PolicyByID]; a policy
// derived with With, WithBrands or WithName is rebuilt by the same calls.
type Policy struct {
	id, ja, en string
	rules      string // space-separated rule IDs
	cells      [numMethods][numPurposes]cell
	brands     uint32 // bit b set: brand.Brand(b) accepted (M1)
	// src is where the preset's data comes from, as Source reports it.
	src srcID
	// debitExceptions: the M2 issuer list applies to a Rejected debit cell.
	debitExceptions bool
	// lumpSum: M9, the carrier offers no instalments.
	lumpSum cell
	// asOf is the first day the data holds for (the seed: 2025, the
	// published pages: 2026-11), the day Accepts judges a closure on. (No
	// two numbers are neighbours in fmt's %v of a Policy, so that no run of
	// digits there looks like a card number.)
	asOf day
	// holderRules: C1–C3 (the holder's own card, issued in Japan, the
	// holder's name) are judged.
	holderRules bool
	// corporate: the policy is for corporate contracts (IIJmio biz, M5):
	// a corporate holder (Holder.Corporate) may pay with a corporate card
	// (C1), and its name is not a person's (C3).
	corporate bool
	// closed is the first day (JST) on which the carrier takes no new
	// contracts; zero when it does.
	closed day
}

// ID returns the policy's short identifier: "iijmio", "iijmio-biz", "bic",
// "mineo", "uq", "ocn", or a published preset's ("iijmio-published", …); a
// derived policy keeps its preset's ID.
func (p Policy) ID() string { return p.id }

// Name returns the carrier's name in Japanese for a Japanese tag and in
// English otherwise.
func (p Policy) Name(t language.Tag) string {
	if isJapanese(t) {
		return p.ja
	}
	return p.en
}

// Rules returns the rule IDs the policy encodes, in the order of the rule
// digest (docs/RULES.md); CH3 is the note [Policy.Check] adds in a card's
// expiry month. C1–C3 among them mean that Check judges the holder's own
// card, issued in Japan, in the holder's name: the IIJmio presets; the seed
// states these rules for IIJmio only, so not mineo, UQ mobile or OCN mobile
// ONE.
func (p Policy) Rules() []string { return strings.Fields(p.rules) }

// Source returns where the policy's data comes from and as of when: the
// seed article, dated 2025 (【2025年現在】, a year without a month), for the
// seed's presets; for a published preset, the page it was read from, in
// November 2026 (cells the page does not state keep the seed's, and each
// [Reason] names its own source). The zero Policy has the zero Source.
func (p Policy) Source() billing.Source { return sourceOf(p.src) }

// AcceptsBrand reports whether the policy takes cards of brand b (M1).
func (p Policy) AcceptsBrand(b brand.Brand) bool {
	return b < 32 && p.brands&(1<<b) != 0
}

// With returns a copy of p in which method m for purpose pu gets verdict v,
// explained by the code "policy-override". p itself does not change. The
// special rules tied to a preset's own cells (M2's debit issuer exceptions,
// M8's campaign code and combinations) no longer apply to the overridden
// cell. It fails for an invalid method, purpose or verdict.
func (p Policy) With(m Method, pu Purpose, v Verdict) (Policy, error) {
	switch {
	case !m.IsValid():
		return p, &Error{Func: "Policy.With", Field: "method", Err: ErrUnknown}
	case !pu.IsValid():
		return p, &Error{Func: "Policy.With", Field: "purpose", Err: ErrUnknown}
	case !v.IsValid():
		return p, &Error{Func: "Policy.With", Field: "verdict", Err: ErrUnknown}
	}
	p.cells[m][pu] = cell{v, srcNone, codePolicyOverride, ""}
	return p, nil
}

// WithBrands returns a copy of p that accepts exactly the given card brands
// (M1 gives Visa, Mastercard, JCB, American Express and Diners Club). p
// itself does not change. It fails, with an [ErrUnknown] error on
// "brands", for brand.Unknown or a value that is no brand.
func (p Policy) WithBrands(bs ...brand.Brand) (Policy, error) {
	var set uint32
	for _, b := range bs {
		if b == brand.Unknown || !b.IsValid() {
			return p, &Error{Func: "Policy.WithBrands", Field: "brands", Err: ErrUnknown}
		}
		set |= 1 << b
	}
	p.brands = set
	return p, nil
}

// maxPolicyName bounds each text [Policy.WithName] takes, in bytes.
const maxPolicyName = 64

// WithName returns a copy of p with a new ID and names, in Japanese and
// English, as everything that prints a Policy shows them. p itself does
// not change. Each text is needed and at most 64 bytes long; it fails
// with an [ErrEmpty], [ErrTooLong], [ErrText] (an invisible or control
// character) or [ErrCardNumber] error on "id", "ja" or "en".
func (p Policy) WithName(id, ja, en string) (Policy, error) {
	for _, f := range [...]struct{ field, s string }{{"id", id}, {"ja", ja}, {"en", en}} {
		var err error
		switch {
		case strings.TrimSpace(f.s) == "":
			err = ErrEmpty
		case len(f.s) > maxPolicyName:
			err = ErrTooLong
		case bound.HasInvisible(f.s) || !utf8.ValidString(f.s) || strings.IndexFunc(f.s, unicode.IsControl) >= 0:
			err = ErrText
		case bound.HasDigit(f.s) && pan.Contains(f.s):
			err = ErrCardNumber
		}
		if err != nil {
			return p, &Error{Func: "Policy.WithName", Field: f.field, Err: err}
		}
	}
	p.id, p.ja, p.en = id, ja, en
	return p, nil
}

// Accepts answers from the method table alone whether m may pay for pu. An
// Accepted decision carries its explanation as a note; any other carries at
// least one reason. An invalid method or purpose gives Rejected with an
// "invalid-input" reason naming the field. Card details, campaigns and
// combinations are judged by [Policy.Check].
func (p Policy) Accepts(m Method, pu Purpose) Decision {
	var d Decision
	if !m.IsValid() {
		d.add(invalid("method", "unknown"))
	}
	if !pu.IsValid() {
		d.add(invalid("purpose", "unknown"))
	}
	if len(d.Reasons) > 0 {
		return d.finish()
	}
	d.add(p.cell(m, pu).reason())
	// P3: the table answers for existing customers; a closure is a note,
	// as of the policy's data (Check judges it on the application's day).
	if p.closed != 0 {
		if r, ok := closure(p.closed, p.asOf, Accepted); ok {
			d.add(r)
		}
	}
	return d.finish()
}

// cell returns the table entry; an empty entry (the zero Policy) is "not
// stated".
func (p Policy) cell(m Method, pu Purpose) cell {
	c := p.cells[m][pu]
	if c.code == "" {
		return cell{Uncertain, srcNone, codeNotStated, ""}
	}
	return c
}

// m1Brands are the brands of M1.
const m1Brands = 1<<brand.Visa | 1<<brand.Mastercard | 1<<brand.JCB | 1<<brand.AmericanExpress | 1<<brand.DinersClub

// allBrands: every known brand; the seed names no brands for the other
// carriers, so the brand is not judged there.
const allBrands = 1<<brand.Visa | 1<<brand.Mastercard | 1<<brand.AmericanExpress | 1<<brand.JCB |
	1<<brand.DinersClub | 1<<brand.Discover | 1<<brand.UnionPay | 1<<brand.Maestro | 1<<brand.Mir

// iijmioCells is IIJmio's method table for individual contracts on its own
// channel (M1–M9): credit only; the mailed slip for arrears; gift
// certificates during campaigns.
func iijmioCells() (t [numMethods][numPurposes]cell) {
	for pu := MonthlyCharges; pu < numPurposes; pu++ {
		t[CreditCard][pu] = cell{Accepted, srcSeed, codeCreditAccepted, "M1"}
		t[DebitCard][pu] = cell{Rejected, srcSeed, codeDebitNotAccepted, "M2"}
		t[BankTransfer][pu] = cell{Rejected, srcSeed, codeBankTransferRejected, "M3"}
		t[ConvenienceStore][pu] = cell{Rejected, srcSeed, codeKonbiniNotAccepted, "M4"}
		t[Invoice][pu] = cell{Rejected, srcSeed, codeInvoiceCorporateOnly, "M5"}
		t[Points][pu] = cell{Rejected, srcSeed, codePointsBicOnly, "M6"}
		t[PrepaidCard][pu] = cell{Rejected, srcSeed, codePrepaidNotAccepted, "M7"}
		t[EMoney][pu] = cell{Rejected, srcSeed, codeEMoneyNotAccepted, "M7"}
		// M8: gift certificates only during campaigns; [Policy.Check]
		// refuses them without a campaign code.
		t[GiftCertificate][pu] = cell{Conditional, srcSeed, codeGiftCampaignConditions, "M8"}
	}
	// M4: the slip mailed after a failed payment is the one way to pay cash.
	t[ConvenienceStore][ArrearsSettlement] = cell{Accepted, srcSeed, codeKonbiniArrearsSlip, "M4"}
	// M8 speaks of campaigns for charges and devices; arrears are settled by
	// the card (D1) or the slip (D4), never by a campaign.
	t[GiftCertificate][ArrearsSettlement] = cell{Rejected, srcSeed, codeGiftCampaignOnly, "M8"}
	// M9: devices by credit card in one lump sum; the note says so.
	t[CreditCard][DevicePurchase] = cell{Accepted, srcSeed, codeLumpSumOnly, "M9"}
	return t
}

var m9 = cell{Rejected, srcSeed, codeInstalmentsNotOffered, "M9"}

// IIJmio returns IIJmio's policy for individual contracts on its own
// channel, as of the seed (2025): rules M1–M9, C1–C6 and CH3. Credit cards of the M1
// brands for every purpose; debit refused with the M2 exceptions (PayPay
// Bank and Suruga Bank: Uncertain, for the monthly charges and arrears: a
// device alone is credit only, M9); a corporate card refused, whatever
// Holder.Corporate says (corporate contracts are [IIJmioBiz]'s); bank transfer, prepaid cards and e-money
// refused (M3, M7); the convenience-store slip only for arrears (M4); invoice
// only for corporate contracts (M5); Bic points not here (M6); gift
// certificates only during a campaign (M8); devices in one lump sum (M9).
func IIJmio() Policy {
	return Policy{
		id: "iijmio", ja: "IIJmio", en: "IIJmio",
		src:             srcSeed,
		asOf:            seedAsOf,
		rules:           "M1 M2 M3 M4 M5 M6 M7 M8 M9 C1 C2 C3 C4 C5 C6 CH3",
		cells:           iijmioCells(),
		brands:          m1Brands,
		debitExceptions: true,
		lumpSum:         m9,
		holderRules:     true,
	}
}

// IIJmioBiz returns IIJmio biz, IIJmio's corporate contracts: IIJmio's rules
// with invoice payment accepted for every purpose (M5, P4). On a corporate
// contract (Holder.Corporate) a corporate card is fine (C1 concerns
// individuals) and the card name is not compared with the company's kana
// name (C3 concerns a person's name; a note says so).
func IIJmioBiz() Policy {
	p := IIJmio()
	p.id, p.ja, p.en = "iijmio-biz", "IIJmio biz", "IIJmio biz"
	p.rules = "M1 M2 M3 M4 M5 M6 M7 M8 M9 C1 C2 C3 C4 C5 C6 CH3 P4"
	p.corporate = true
	for pu := MonthlyCharges; pu < numPurposes; pu++ {
		p.cells[Invoice][pu] = cell{Accepted, srcSeed, codeInvoiceAccepted, "P4"}
	}
	return p
}

// BicCamera returns the Bic Camera channel (stores and Bic Camera online)
// for IIJmio devices: for device purchases, credit cards, Bic points and
// gift certificates are accepted and debit cards work only in part (M6,
// M10). The seed's Bic table lost its symbols; M10 says gift certificates
// "yes", so they are Accepted here without M8's campaign condition, and
// "debit partly" names no card, so debit is Uncertain ("debit-partly")
// rather than Conditional. The seed also says IIJmio's rules apply at Bic
// Camera, so every other method and purpose keeps IIJmio's verdict
// (monthly charges are billed by IIJmio).
func BicCamera() Policy {
	p := IIJmio()
	p.id, p.ja, p.en = "bic", "ビックカメラ（IIJmio）", "Bic Camera (IIJmio)"
	p.rules = "M1 M2 M3 M4 M5 M6 M7 M8 M9 M10 C1 C2 C3 C4 C5 C6 CH3"
	p.cells[CreditCard][DevicePurchase] = cell{Accepted, srcSeed, codeCreditAccepted, "M10"}
	p.cells[Points][DevicePurchase] = cell{Accepted, srcSeed, codePointsAccepted, "M10"}
	p.cells[GiftCertificate][DevicePurchase] = cell{Accepted, srcSeed, codeGiftAccepted, "M10"}
	p.cells[DebitCard][DevicePurchase] = cell{Uncertain, srcSeed, codeDebitPartly, "M10"}
	return p
}

// otherCarrier builds the table of the seed's comparison (P1–P3): four
// columns for monthly charges. Everything the comparison does not cover,
// including device purchases and arrears, is Uncertain with "not-stated".
func otherCarrier(id, ja, en, rule string, bank Verdict) Policy {
	p := Policy{
		id: id, ja: ja, en: en,
		src:     srcSeed,
		asOf:    seedAsOf,
		rules:   rule + " C4 C5 C6 CH3",
		brands:  allBrands,
		lumpSum: cell{Uncertain, srcSeed, codeNotStated, rule},
	}
	for m := CreditCard; m < numMethods; m++ {
		for pu := MonthlyCharges; pu < numPurposes; pu++ {
			p.cells[m][pu] = cell{Uncertain, srcSeed, codeNotStated, rule}
		}
	}
	p.cells[CreditCard][MonthlyCharges] = cell{Accepted, srcSeed, codeCreditAccepted, rule}
	switch bank {
	case Accepted:
		p.cells[BankTransfer][MonthlyCharges] = cell{Accepted, srcSeed, codeBankTransferAccepted, rule}
	case Conditional:
		p.cells[BankTransfer][MonthlyCharges] = cell{Conditional, srcSeed, codeBankTransferConditional, rule}
	case Rejected, Uncertain:
		p.cells[BankTransfer][MonthlyCharges] = cell{bank, srcSeed, codeNotStated, rule}
	}
	p.cells[ConvenienceStore][MonthlyCharges] = cell{Rejected, srcSeed, codeKonbiniNotAccepted, rule}
	// "デビットカード（一部）" with "△ 一部条件下で利用可能": which cards, the
	// seed does not say, so Uncertain.
	p.cells[DebitCard][MonthlyCharges] = cell{Uncertain, srcSeed, codeDebitPartly, rule}
	return p
}

// Mineo returns mineo as the seed's comparison shows it (P1): credit card
// and bank transfer yes, convenience store no, debit partly (Uncertain).
// Methods and purposes the comparison does not cover are Uncertain with
// "not-stated". Of the card checks only the card's validity applies (number,
// expiry, security code: C4–C6): C1–C3 are not among its [Policy.Rules].
func Mineo() Policy {
	return otherCarrier("mineo", "mineo", "mineo", "P1", Accepted)
}

// UQMobile returns UQ mobile as the seed's comparison shows it (P2): credit
// card yes, bank transfer conditionally (Conditional; the seed does not name
// the conditions), convenience store no, debit partly (Uncertain).
func UQMobile() Policy {
	return otherCarrier("uq", "UQモバイル", "UQ mobile", "P2", Conditional)
}

// OCNMobileONE returns OCN mobile ONE as the seed's comparison shows it
// (P3): credit card and bank transfer yes, convenience store no, debit
// partly (Uncertain).
func OCNMobileONE() Policy {
	return otherCarrier("ocn", "OCNモバイルONE", "OCN mobile ONE", "P3", Accepted)
}

// Presets returns every preset in the seed's comparison order: IIJmio,
// IIJmio biz, Bic Camera, mineo, UQ mobile, OCN mobile ONE.
func Presets() []Policy {
	return []Policy{IIJmio(), IIJmioBiz(), BicCamera(), Mineo(), UQMobile(), OCNMobileONE()}
}

// PolicyByID returns the preset with the given ID: the seed's ("iijmio",
// "iijmio-biz", "bic", "mineo", "uq", "ocn") or a published one
// ("iijmio-published", "mineo-published", "uq-published", "ocn-published").
func PolicyByID(id string) (Policy, bool) {
	switch id {
	case "iijmio-published":
		return IIJmioPublished(), true
	case "mineo-published":
		return MineoPublished(), true
	case "uq-published":
		return UQMobilePublished(), true
	case "ocn-published":
		return OCNMobileONEPublished(), true
	case "iijmio":
		return IIJmio(), true
	case "iijmio-biz":
		return IIJmioBiz(), true
	case "bic":
		return BicCamera(), true
	case "mineo":
		return Mineo(), true
	case "uq":
		return UQMobile(), true
	case "ocn":
		return OCNMobileONE(), true
	}
	return Policy{}, false
}
