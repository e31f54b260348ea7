//go:build !kessai_huge

package boundtest

// huge adds 100 MiB to Sizes; build with the tag kessai_huge for it.
const huge = false
