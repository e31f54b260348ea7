package main

// runFamily is replaced by the issue that builds the "family" command.
func runFamily(args []string, e env) int {
	return fail(e, "family", errNotBuilt)
}
