package main

// runCompare is replaced by the issue that builds the "compare" command.
func runCompare(args []string, e env) int {
	return fail(e, "compare", errNotBuilt)
}
