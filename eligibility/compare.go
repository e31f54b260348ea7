package eligibility

import "golang.org/x/text/language"

// Row is one carrier in a comparison: the policy's ID and name, the verdict
// of the method table and the reason behind it (its code, rule, text and
// source). Its JSON carries the policy's ID and not its names, which
// [PolicyByID] gives back for a preset; the rest reads back as written.
type Row struct {
	Policy  string  `json:"policy"`  // the policy's ID, e.g. "mineo"
	Verdict Verdict `json:"verdict"` // the table's verdict
	Reason  Reason  `json:"reason"`  // why, with the rule ID (P1–P4, M1–M10) and the source
	Method  Method  `json:"method"`  // the method compared
	Purpose Purpose `json:"purpose"` // the purpose compared
	ja, en  string  // the policy's names
}

// Name returns the carrier's name in Japanese for a Japanese tag and in
// English otherwise ("UQモバイル", "UQ mobile").
func (r Row) Name(t language.Tag) string {
	if isJapanese(t) {
		return r.ja
	}
	return r.en
}

// CompareCarriers answers, for each policy in the order given, whether m
// may pay for p according to its method table: the seed's comparison of
// IIJmio, mineo, UQ mobile and OCN mobile ONE (P1–P4) when called with
// those presets. With no policies it compares every preset ([Presets]). An
// invalid method or purpose gives every row a Rejected "invalid-input"
// reason.
func CompareCarriers(m Method, p Purpose, policies ...Policy) []Row {
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
		rows[i] = Row{Policy: pol.ID(), Verdict: d.Verdict, Reason: r, Method: m, Purpose: p, ja: pol.ja, en: pol.en}
	}
	return rows
}
