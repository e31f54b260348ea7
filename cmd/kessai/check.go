package main

// runCheck is replaced by the issue that builds the "check" command.
func runCheck(args []string, e env) int {
	return fail(e, "check", errNotBuilt)
}
