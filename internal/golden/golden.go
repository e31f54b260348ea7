// Package golden checks values against the golden files of a package's
// tests: each package keeps the JSON of its main types under
// testdata/json (docs/CONVENTIONS.md, "JSON"), and `go test -update`
// rewrites the files from what the code writes now.
package golden

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// JSON checks that the indented JSON of each value is what its file
// testdata/json/NAME holds (".json" is added to a name without it), or,
// with update, writes the files instead.
func JSON(t *testing.T, cases map[string]any, update bool) {
	t.Helper()
	names := make([]string, 0, len(cases))
	for name := range cases {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		got, err := json.MarshalIndent(cases[name], "", "  ")
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		got = append(got, '\n')
		if !strings.HasSuffix(name, ".json") {
			name += ".json"
		}
		path := filepath.Join("testdata", "json", name)
		if update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%v (create it with: go test -run %s -update in the package's directory)", err, t.Name())
			continue
		}
		if diff := cmp.Diff(string(want), string(got)); diff != "" {
			t.Errorf("%s (-file +now):\n%s", path, diff)
		}
	}
}
