//go:build race

package main

// raceEnabled: the race detector allocates on its own, so TestAllocs skips.
const raceEnabled = true
