package main

import (
	"errors"
	"testing"

	"github.com/kessai-jp/kessai/billing"
)

// TestDeadlineLeadBound: the -lead flag's range is the lead billing's
// ChangeDeadline takes.
func TestDeadlineLeadBound(t *testing.T) {
	charge := billing.MustParseDate("2026-12-25")
	if _, err := (billing.Calendar{}).ChangeDeadline(charge, maxLeadDays); err != nil {
		t.Errorf("ChangeDeadline(lead %d): %v", maxLeadDays, err)
	}
	if _, err := (billing.Calendar{}).ChangeDeadline(charge, maxLeadDays+1); !errors.Is(err, billing.ErrRange) {
		t.Errorf("ChangeDeadline(lead %d) error = %v, want ErrRange", maxLeadDays+1, err)
	}
}
