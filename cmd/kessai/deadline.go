package main

// runDeadline is replaced by the issue that builds the "deadline" command.
func runDeadline(args []string, e env) int {
	return fail(e, "deadline", errNotBuilt)
}
