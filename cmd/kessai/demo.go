package main

// runDemo is replaced by the issue that builds the "demo" command.
func runDemo(args []string, e env) int {
	return fail(e, "demo", errNotBuilt)
}
