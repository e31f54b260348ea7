package eligibility

import (
	"fmt"
	"time"

	"github.com/kessai-jp/kessai/billing"
	"github.com/kessai-jp/kessai/internal/source"
)

// srcID names a cell's source; a cell holds one byte, so a Policy stays
// small to copy.
type srcID = source.ID

const (
	srcNone   = source.None          // a caller's override, or not stated
	srcSeed   = source.Seed          // the seed article (2025)
	srcIIJmio = source.IIJmioPayment // IIJmio's own pages on payment and devices
	srcUnpaid = source.IIJmioUnpaid  // IIJmio's own page on unpaid charges
	srcMineo  = source.Mineo         // a guide to mineo's payment methods
	srcUQ     = source.UQMobile      // UQ mobile's own page on bills
	srcOCN    = source.OCN           // a report on OCN mobile ONE's closure
)

// sourceOf returns the source id as a billing.Source.
func sourceOf(id srcID) billing.Source {
	t, u, a := source.Text(id)
	return billing.Source{Title: t, URL: u, AsOf: a}
}

// day is a civil date in JST, comparable as a number (yyyymmdd); 0 is none.
type day uint32

func dayOf(y int, m time.Month, d int) day { return day(y*10000 + int(m)*100 + d) }

// jstDay returns t's date in JST.
func jstDay(t time.Time) day { return dayOf(jstDate(t)) }

// date returns d as a billing.Date.
func (d day) date() billing.Date {
	return billing.Date{Year: int(d / 10000), Month: time.Month(d / 100 % 100), Day: int(d % 100)}
}

// String returns "2023-06-26".
func (d day) String() string {
	return fmt.Sprintf("%04d-%02d-%02d", d/10000, d/100%100, d%100)
}

// ocnClosed is the day OCN mobile ONE stopped taking new contracts (P3).
var ocnClosed = dayOf(2023, time.June, 26)

// seedAsOf is the first day of the seed's year ("2025年現在"); publishedAsOf
// the first day of the month the published presets' pages were read.
var (
	seedAsOf      = dayOf(2025, time.January, 1)
	publishedAsOf = dayOf(2026, time.November, 1)
)

// IIJmioPublished returns IIJmio as its own pages state it
// (https://www.iijmio.jp/mts/, read 2026-11), beside the seed's [IIJmio];
// where the page says nothing, the seed's cell stays, with the seed as its
// source. The differences, each cell's [billing.Source] naming the page:
//
//   - M2: 「デビットカードはご利用いただけません」: every debit card is
//     refused, with no issuer exceptions (the seed's PayPay Bank and Suruga
//     Bank reports are Uncertain in [IIJmio]).
//   - M9: devices 「一括または分割払い」: by credit card, in one lump sum or
//     in instalments (the seed: lump sum only, instalments refused).
//   - M1, M7: credit cards accepted and prepaid cards refused, as the seed
//     says, now with the page as source.
//   - M4, D4, D5: arrears may be paid with the slip (a sealed postcard)
//     posted around the 6th–10th, at a convenience store by its printed
//     deadline; confirming the payment takes 7–10 days (the seed: 3–5
//     business days), and unconfirmed by the deadline service may be
//     suspended: Accepted, "konbini-slip-by-deadline", with IIJmio's page
//     on unpaid charges (https://www.iijmio.jp/invoice/letter_en.html, read
//     2026-11) as source, as billing's IIJmioPublished SlipReflection has
//     it.
//
// The page's Application.Instalments limit (third-party guides give 24) is
// not judged.
func IIJmioPublished() Policy {
	p := IIJmio()
	p.id, p.ja, p.en = "iijmio-published", "IIJmio（公式ページ）", "IIJmio (published)"
	p.asOf = publishedAsOf
	p.src = srcIIJmio
	p.debitExceptions = false
	p.lumpSum = cell{}
	for pu := MonthlyCharges; pu < numPurposes; pu++ {
		p.cells[CreditCard][pu] = cell{Accepted, srcIIJmio, codeCreditAccepted, "M1"}
		p.cells[DebitCard][pu] = cell{Rejected, srcIIJmio, codeDebitNotAccepted, "M2"}
		p.cells[PrepaidCard][pu] = cell{Rejected, srcIIJmio, codePrepaidNotAccepted, "M7"}
	}
	p.cells[CreditCard][DevicePurchase] = cell{Accepted, srcIIJmio, codeDeviceInstalments, "M9"}
	p.cells[ConvenienceStore][ArrearsSettlement] = cell{Accepted, srcUnpaid, codeKonbiniSlipByDeadline, "M4"}
	return p
}

// MineoPublished returns mineo as a guide to its payment methods gives it
// (https://sumaho-hiroba.com/mineo-payment-method/, read 2026-11), beside
// the seed's [Mineo] (P1):
//
//   - bank transfer only for customers who also have eo光 and pay it by
//     transfer: Conditional, "bank-transfer-eo-hikari" (the seed: Accepted);
//   - no convenience-store or invoice payment: Rejected (the seed states
//     only the convenience store);
//   - debit: unofficial and disputed, so Uncertain as in the seed;
//   - e-money: the page says nothing of it, so the seed's Uncertain
//     "not-stated" stays, with the seed as source.
func MineoPublished() Policy {
	p := Mineo()
	p.id, p.ja, p.en = "mineo-published", "mineo（公開情報）", "mineo (published)"
	p.asOf = publishedAsOf
	p.src = srcMineo
	p.cells[CreditCard][MonthlyCharges].src = srcMineo
	p.cells[BankTransfer][MonthlyCharges] = cell{Conditional, srcMineo, codeBankTransferEoHikari, "P1"}
	p.cells[ConvenienceStore][MonthlyCharges] = cell{Rejected, srcMineo, codeKonbiniNotAccepted, "P1"}
	p.cells[Invoice][MonthlyCharges] = cell{Rejected, srcMineo, codeInvoiceNotAccepted, "P1"}
	p.cells[DebitCard][MonthlyCharges].src = srcMineo
	return p
}

// UQMobilePublished returns UQ mobile as its own page on bills states it
// (https://www.uqwimax.jp/signup/mobile/support/bill, read 2026-11), beside
// the seed's [UQMobile] (P2): bank transfer is accepted without condition
// (the seed: "conditionally"); when a transfer fails, a paper payment slip
// is sent, for a fee ("bank-transfer-slip-fee", a note).
func UQMobilePublished() Policy {
	p := UQMobile()
	p.id, p.ja, p.en = "uq-published", "UQモバイル（公式ページ）", "UQ mobile (published)"
	p.asOf = publishedAsOf
	p.src = srcUQ
	p.cells[BankTransfer][MonthlyCharges] = cell{Accepted, srcUQ, codeBankTransferSlipFee, "P2"}
	return p
}

// OCNMobileONEPublished returns OCN mobile ONE as it stands after its
// closure to new sign-ups on 2023-06-26
// (https://lifestyle.assist-all.co.jp/?p=49582, read 2026-11), beside the
// seed's [OCNMobileONE] (P3):
//
//   - from 2023-06-26 (JST), [Policy.Check] refuses an application whose
//     holder is not an existing customer (Holder.Existing false) with
//     "new-contracts-closed", detail "since 2023-06-26"; before that day,
//     and for existing customers, the table applies. [Policy.Accepts]
//     answers for existing customers, with the closure as a note.
//   - existing customers may pay by bank transfer only on request by phone
//     and not with a device set: for monthly charges Conditional,
//     "bank-transfer-by-phone" (the seed: Accepted); for a device purchase
//     Rejected, "bank-transfer-no-device-set" (the seed: not stated).
//   - some debit cards work: Uncertain, as in the seed.
func OCNMobileONEPublished() Policy {
	p := OCNMobileONE()
	p.id, p.ja, p.en = "ocn-published", "OCNモバイルONE（公開情報）", "OCN mobile ONE (published)"
	p.asOf = publishedAsOf
	p.src = srcOCN
	p.closed = ocnClosed
	p.cells[BankTransfer][MonthlyCharges] = cell{Conditional, srcOCN, codeBankTransferByPhone, "P3"}
	p.cells[BankTransfer][DevicePurchase] = cell{Rejected, srcOCN, codeBankTransferNoDevice, "P3"}
	p.cells[DebitCard][MonthlyCharges].src = srcOCN
	return p
}

// ClosedSince returns the first day (in JST) from which the carrier takes
// no new contracts, and whether it has closed at all by t: a preset answers
// for the date the caller passes, as the data says from when each fact
// holds (P3: OCN mobile ONE closed on 2023-06-26).
func (p Policy) ClosedSince(t time.Time) (billing.Date, bool) {
	if p.closed == 0 || jstDay(t) < p.closed {
		return billing.Date{}, false
	}
	return p.closed.date(), true
}

// closure returns the "new-contracts-closed" finding with verdict v for a
// carrier closed to new contracts since closed, or false when it still took
// them on d (or never closed). Only OCN mobile ONE has closed (P3), hence
// its source.
func closure(closed, d day, v Verdict) (Reason, bool) {
	if closed == 0 || d < closed {
		return Reason{}, false
	}
	return Reason{Code: CodeNewContractsClosed, Rule: "P3", Verdict: v, Field: "holder.existing",
		Detail: "since " + closed.String(), Source: sourceOf(srcOCN)}, true
}
