//go:build race

package boundtest

// The race detector reads the whole of a []byte converted to a string even
// where the compiler does not copy it (an O(n) check of its own, not the
// code's), and sync.Pool drops items at random, which changes what fmt
// allocates from call to call: with it, only growth of a copy's size is
// checked.
const raceEnabled = true
