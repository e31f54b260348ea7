//go:build !(js && wasm)

package main

import (
	"fmt"
	"os"
)

// main explains how this program is built: it only runs in a browser.
func main() {
	fmt.Fprintln(os.Stderr, "kessai wasm: build with GOOS=js GOARCH=wasm and load it with wasm_exec.js; \"kessai web\" does both")
	os.Exit(2)
}
