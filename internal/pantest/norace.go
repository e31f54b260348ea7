//go:build !race

package pantest

const race = false
