package brand

// The bounds and helpers the external tests read; the package keeps them
// unexported (the kessai package doc's bounds table gives their values).
const (
	MaxInputLen  = maxInputLen
	MinDigits    = minDigits
	MaxDigits    = maxDigits
	MaxCodeInput = maxCodeInput
	MaxName      = maxName
)

// ValidLen is Brand.validLen.
func (b Brand) ValidLen(n int) bool { return b.validLen(n) }

// Len returns the number of digits, 0 for the zero Number.
func (n Number) Len() int { return int(n.n) }

// AppendMasked and AppendFormat are appendMasked and appendFormat, for the
// allocation tests.
func (n Number) AppendMasked(dst []byte) []byte { return n.appendMasked(dst) }
func (n Number) AppendFormat(dst []byte) []byte { return n.appendFormat(dst) }

// AppendCandidates is Candidates appending to dst.
func AppendCandidates(dst []Brand, prefix string) []Brand { return candidates(prefix).appendTo(dst) }
