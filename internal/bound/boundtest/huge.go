//go:build kessai_huge

package boundtest

// huge adds 100 MiB to Sizes.
const huge = true
