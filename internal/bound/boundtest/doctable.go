package boundtest

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// DocTable checks the table of bounds in package kessai's doc comment (the
// file at path, ../doc.go from a package's directory) against want, the
// package's own constants, exported or not: every row whose name starts
// with pkg followed by "." or " " ("family.Line.ID", "eligibility enum
// names") gives want's value for that name, and every name of want has a
// row. A package checks its rows this way so that the table stays true
// when a bound is unexported.
func DocTable(t *testing.T, path, pkg string, want map[string]int64) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	row := regexp.MustCompile(`^//\t(` + regexp.QuoteMeta(pkg) + `[. ]\S+(?: \S+)*?)  +([0-9,]+)`)
	seen := map[string]bool{}
	for _, line := range strings.Split(string(src), "\n") {
		m := row.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		v, err := strconv.ParseInt(strings.ReplaceAll(m[2], ",", ""), 10, 64)
		w, ok := want[m[1]]
		switch {
		case !ok:
			t.Errorf("%s's table gives %s, which the test does not know: add it", path, m[1])
		case err != nil || v != w:
			t.Errorf("%s's table gives %s = %s, the bound is %d", path, m[1], m[2], w)
		}
		seen[m[1]] = true
	}
	for name := range want {
		if !seen[name] {
			t.Errorf("%s's table does not give %s", path, name)
		}
	}
}
