package main

// runHolidays is replaced by the issue that builds the "holidays" command.
func runHolidays(args []string, e env) int {
	return fail(e, "holidays", errNotBuilt)
}
