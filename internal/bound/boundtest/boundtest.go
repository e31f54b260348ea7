// Package boundtest checks, for the size tests of kessai's packages, that
// an entry point's cost stays flat once its input is beyond its bound:
// the bytes it allocates and the time it takes at 1 KiB, 1 MiB and 10 MiB
// (and 100 MiB with the build tag kessai_huge) are those of its smallest
// over-long input.
package boundtest

import (
	"runtime"
	"strings"
	"testing"
	"time"
)

// Sizes are the input sizes of a size test, in bytes: 1 KiB, 1 MiB and
// 10 MiB, and 100 MiB when the tests are built with the tag kessai_huge
// (go test -tags kessai_huge ./...). Under the race detector, which checks
// allocation only (see race.go) and makes building large inputs slow, 1 KiB
// and 1 MiB.
func Sizes() []int {
	s := []int{1 << 10, 1 << 20, 10 << 20}
	if raceEnabled {
		s = s[:2]
	}
	if huge {
		s = append(s, 100<<20)
	}
	return s
}

// Repeat returns pattern repeated to exactly n bytes (the last copy cut,
// possibly inside a character: hostile input need not be valid UTF-8).
func Repeat(pattern string, n int) string {
	s := strings.Repeat(pattern, n/len(pattern)+1)
	return s[:n]
}

// Case is one entry point under a size test.
type Case struct {
	Name string
	// Bound is the entry point's bound in bytes: every size above it is
	// refused, and from the first size above it on, cost is flat.
	Bound int
	// Input builds an input of n bytes (a string, or a []byte, a slice or
	// a struct holding one that size): built before measuring.
	Input func(n int) any
	// Call calls the entry point on what Input built. It is timed and its
	// allocation measured.
	Call func(in any)
}

// cost is what a call costs: bytes and allocations per call, and the least
// time of a few calls.
type cost struct {
	bytes, allocs uint64
	best          time.Duration
}

func measure(f func(any), s any) cost {
	const rounds, runs = 3, 5
	f(s) // warm up: lazily built tables, first-use allocations
	runtime.GC()
	c := cost{bytes: 1 << 62, allocs: 1 << 62, best: 1 << 62}
	// The least of a few rounds: an allocation of the runtime's own or a
	// pause that falls into one round does not count.
	for range rounds {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		for range runs {
			start := time.Now()
			f(s)
			c.best = min(c.best, time.Since(start))
		}
		runtime.ReadMemStats(&after)
		c.bytes = min(c.bytes, (after.TotalAlloc-before.TotalAlloc)/runs)
		c.allocs = min(c.allocs, (after.Mallocs-before.Mallocs)/runs)
	}
	return c
}

// Slack is the time above twice the baseline's that a call on a larger
// input may take before the test calls it not flat: far less than reading
// 10 MiB takes (about a millisecond at memory speed, more with the race
// detector), far more than scheduling noise on the least time of fifteen
// runs.
const Slack = 300 * time.Microsecond

// Allocation above the baseline's that is still flat: the runtime's own
// allocations during a measurement, never a copy of the input (a kibibyte
// at the least).
const (
	byteSlack  = 512
	allocSlack = 2
	// raceByteSlack is the slack under the race detector (see race.go):
	// still far less than a copy of 1 MiB of input.
	raceByteSlack = 64 << 10
)

// Flat runs each case at each of [Sizes] and fails t when, at a size above
// the case's bound, the call allocates more bytes or objects (beyond a
// little slack), or takes
// more than [Slack] longer (and more than twice as long), than at the
// smallest size above the bound (the baseline: 1 KiB, or the first size
// past a bound above it).
func Flat(t *testing.T, cases []Case) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			var base *cost
			baseLen := 0
			for _, n := range Sizes() {
				if n <= c.Bound {
					continue
				}
				s := c.Input(n)
				got := measure(c.Call, s)
				if base == nil {
					// The baseline: a larger input than the bound, read up to
					// the bound at most.
					base, baseLen = &got, n
					t.Logf("%d bytes (baseline): %d B/op, %d allocs/op, %v", n, got.bytes, got.allocs, got.best)
					continue
				}
				switch {
				case raceEnabled:
					if got.bytes > base.bytes+raceByteSlack {
						t.Errorf("%d bytes of input: %d bytes allocated per call; %d bytes of input: %d: allocation grows with the input",
							n, got.bytes, baseLen, base.bytes)
					}
				case got.bytes > base.bytes+byteSlack || got.allocs > base.allocs+allocSlack:
					t.Errorf("%d bytes of input: %d bytes in %d allocations per call; %d bytes of input: %d bytes in %d: allocation grows with the input",
						n, got.bytes, got.allocs, baseLen, base.bytes, base.allocs)
				}
				if !raceEnabled && got.best > base.best*2+Slack {
					t.Errorf("%d bytes of input: %v per call; %d bytes of input: %v: time grows with the input", n, got.best, baseLen, base.best)
				}
				t.Logf("%d bytes: %d B/op, %d allocs/op, %v", n, got.bytes, got.allocs, got.best)
			}
		})
	}
}
