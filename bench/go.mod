module github.com/kessai-jp/kessai/bench

go 1.25.0

require github.com/kessai-jp/kessai v0.0.0

require (
	github.com/rickar/cal/v2 v2.1.13
	golang.org/x/text v0.41.0 // indirect
)

replace github.com/kessai-jp/kessai => ../
