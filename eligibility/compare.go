package eligibility

import "golang.org/x/text/language"

// Row is one carrier in a comparison: the policy's ID and names, the
// verdict of the method table and the reason behind it (its code and rule;
// Note and Remedy give the text).
type Row struct {
	Policy  string  `json:"policy"`  // the policy's ID, e.g. "mineo"
	NameJA  string  `json:"nameJa"`  // e.g. "UQモバイル"
	NameEN  string  `json:"nameEn"`  // e.g. "UQ mobile"
	Verdict Verdict `json:"verdict"` // the table's verdict
	Reason  Reason  `json:"reason"`  // why, with the rule ID (P1–P4, M1–M10)
	Method  Method  `json:"method"`  // the method compared
	Purpose Purpose `json:"purpose"` // the purpose compared
}

// Name returns the carrier's name in Japanese for a Japanese tag and in
// English otherwise.
func (r Row) Name(t language.Tag) string {
	if isJapanese(t) {
		return r.NameJA
	}
	return r.NameEN
}

// Note returns the row's explanation in Japanese or English.
func (r Row) Note(t language.Tag) string { return r.Reason.Message(t) }

// Rule returns the rule ID behind the row.
func (r Row) Rule() string { return r.Reason.Rule }

// Compare answers, for each policy in the order given, whether m may pay for
// p according to its method table: the seed's comparison of IIJmio, mineo,
// UQ mobile and OCN mobile ONE (P1–P4) when called with those presets. With
// no policies it compares every preset ([Presets]). An invalid method or
// purpose gives every row a Rejected "invalid-input" reason.
func Compare(m Method, p Purpose, policies ...Policy) []Row {
	if len(policies) == 0 {
		policies = Presets()
	}
	rows := make([]Row, len(policies))
	for i, pol := range policies {
		d := pol.Accepts(m, p)
		var r Reason
		switch {
		case len(d.Reasons) > 0:
			r = d.Reasons[0]
		case len(d.Notes) > 0:
			r = d.Notes[0]
		}
		rows[i] = Row{
			Policy: pol.ID(), NameJA: pol.ja, NameEN: pol.en,
			Verdict: d.Verdict, Reason: r,
			Method: m, Purpose: p,
		}
	}
	return rows
}
