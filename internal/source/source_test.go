package source

import "testing"

// TestTable: every source names a title or an address, not both, and a
// date; None and an ID past the table name nothing.
func TestTable(t *testing.T) {
	for id := range numIDs + 1 {
		title, url, asOf := Text(id)
		if id == None || id == numIDs {
			if title != "" || url != "" || asOf != "" {
				t.Errorf("Text(%d) = %q, %q, %q; want nothing", id, title, url, asOf)
			}
			continue
		}
		if asOf == "" || (title == "") == (url == "") {
			t.Errorf("Text(%d): title %q, url %q, asOf %q; want a title or an address, and a date", id, title, url, asOf)
		}
	}
	if title, _, _ := Text(Seed); title != SeedTitle {
		t.Errorf("Text(Seed) title = %q", title)
	}
}
