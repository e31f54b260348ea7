package main

// runName is replaced by the issue that builds the "name" command.
func runName(args []string, e env) int {
	return fail(e, "name", errNotBuilt)
}
