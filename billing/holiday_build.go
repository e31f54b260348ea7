//go:build !kessai_holidayrules

package billing

// useTable is true in every ordinary build: [Holiday], [HolidaysIn] and the
// calendar read the generated table (holiday_table.go). The generator builds
// the package with the kessai_holidayrules tag, where useTable is false and
// they compute from the rules instead (see holiday_rulesbuild.go).
const useTable = true
