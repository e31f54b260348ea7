package main

// runTimeline is replaced by the issue that builds the "timeline" command.
func runTimeline(args []string, e env) int {
	return fail(e, "timeline", errNotBuilt)
}
