//go:build race

package pantest

// race is true when the race detector is on: the property tests, which run
// no goroutines, then take a shorter sample ([Sample]).
const race = true
