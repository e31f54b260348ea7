//go:build !race

package boundtest

// raceEnabled is true under the race detector: see race.go.
const raceEnabled = false
