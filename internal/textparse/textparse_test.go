package textparse_test

import (
	"errors"
	"testing"

	"github.com/kessai-jp/kessai/eligibility"
	"github.com/kessai-jp/kessai/internal/textparse"
)

func TestParse(t *testing.T) {
	m, err := textparse.Parse[eligibility.Method]("クレジットカード")
	if err != nil || m != eligibility.CreditCard {
		t.Errorf("Parse[Method](クレジットカード) = %v, %v", m, err)
	}
	if _, err := textparse.Parse[eligibility.Method]("cheque"); !errors.Is(err, eligibility.ErrUnknown) {
		t.Errorf("Parse[Method](cheque) error = %v, want ErrUnknown", err)
	}
}
