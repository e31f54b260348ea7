//go:build kessai_holidayrules

package billing

// useTable is false in the build the generator uses (go run -tags
// kessai_holidayrules gen_holidays.go): there [Holiday], [HolidaysIn] and
// [Calendar.IsBankHoliday] compute every answer from the rules of holiday.go, so the table is written from the rules and never from an
// older table. The business-day counts ([AddBusinessDays] and the rest)
// still read the table in that build; nothing but the generator uses it.
const useTable = false
