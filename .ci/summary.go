//go:build ignore

// Command summary reads `go test -json` output on standard input, prints the
// output of failing tests, one line per package, and a closing
// "N passed, N failed, N skipped" line. It exits 1 when anything failed.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

type event struct {
	Action  string
	Package string
	Test    string
	Output  string
	Elapsed float64
}

func main() {
	var passed, failed, skipped int
	output := map[string]*strings.Builder{} // package/test -> output
	pkgResult := map[string]string{}
	var failedKeys []string
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var ev event
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			fmt.Println(sc.Text()) // build errors arrive as plain text
			continue
		}
		key := ev.Package + " " + ev.Test
		switch ev.Action {
		case "output":
			b := output[key]
			if b == nil {
				b = &strings.Builder{}
				output[key] = b
			}
			b.WriteString(ev.Output)
		case "pass", "fail", "skip":
			if ev.Test == "" {
				pkgResult[ev.Package] = fmt.Sprintf("%-4s %s (%.1fs)", ev.Action, ev.Package, ev.Elapsed)
				if ev.Action == "fail" {
					failedKeys = append(failedKeys, key)
				}
				continue
			}
			switch ev.Action {
			case "pass":
				passed++
			case "fail":
				failed++
				failedKeys = append(failedKeys, key)
			case "skip":
				skipped++
			}
		}
	}
	for _, k := range failedKeys {
		if b := output[k]; b != nil {
			fmt.Printf("--- output of %s\n%s", k, b.String())
		}
	}
	pkgs := make([]string, 0, len(pkgResult))
	for p := range pkgResult {
		pkgs = append(pkgs, p)
	}
	sort.Strings(pkgs)
	for _, p := range pkgs {
		fmt.Println(pkgResult[p])
	}
	fmt.Printf("%d passed, %d failed, %d skipped\n", passed, failed, skipped)
	if failed > 0 || len(failedKeys) > 0 || passed == 0 {
		os.Exit(1)
	}
}
