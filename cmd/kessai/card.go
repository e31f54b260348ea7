package main

// runCard is replaced by the issue that builds the "card" command.
func runCard(args []string, e env) int {
	return fail(e, "card", errNotBuilt)
}
