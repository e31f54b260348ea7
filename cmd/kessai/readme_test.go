package main

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestREADME runs every command of the README's tour and compares its
// output with what the README shows, so the README stays true. A tour block
// is a ```console fence whose first line is "$ kessai ARGS [< FILE]"; FILE is
// relative to the repository root.
func TestREADME(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := consoleBlocks(string(readme))
	if len(blocks) < 5 {
		t.Fatalf("README has %d console blocks, want at least 5", len(blocks))
	}
	for _, b := range blocks {
		t.Run(b.command, func(t *testing.T) {
			line := strings.TrimPrefix(b.command, "$ kessai ")
			stdin := ""
			if i := strings.Index(line, " < "); i >= 0 {
				in, err := os.ReadFile("../../" + strings.TrimSpace(line[i+3:]))
				if err != nil {
					t.Fatal(err)
				}
				stdin, line = string(in), line[:i]
			}
			args, err := shellSplit(line)
			if err != nil {
				t.Fatalf("%s: %v", b.command, err)
			}
			code, out, errOut := runCmd(args, stdin)
			if code != b.exit {
				t.Errorf("%s: exit %d, want %d (stderr %q)", b.command, code, b.exit, errOut)
			}
			if diff := cmp.Diff(b.output, out+errOut); diff != "" {
				t.Errorf("%s: README shows other output (-README +got):\n%s", b.command, diff)
			}
		})
	}
}

type consoleBlock struct {
	command string // "$ kessai ..."
	output  string
	exit    int // from a last line "(exit N)", 0 without one
}

// consoleBlocks returns the README's ```console blocks that run kessai.
func consoleBlocks(md string) []consoleBlock {
	var blocks []consoleBlock
	for {
		i := strings.Index(md, "```console\n")
		if i < 0 {
			return blocks
		}
		md = md[i+len("```console\n"):]
		j := strings.Index(md, "```\n")
		if j < 0 {
			return blocks
		}
		body := md[:j]
		md = md[j:]
		cmdLine, out, _ := strings.Cut(body, "\n")
		if !strings.HasPrefix(cmdLine, "$ kessai ") {
			continue
		}
		b := consoleBlock{command: cmdLine, output: out}
		if k := strings.LastIndex(out, "(exit "); k >= 0 && strings.HasSuffix(out, ")\n") {
			switch out[k:] {
			case "(exit 1)\n":
				b.exit = 1
			case "(exit 2)\n":
				b.exit = 2
			}
			b.output = out[:k]
		}
		blocks = append(blocks, b)
	}
}

// shellSplit splits a command line as a POSIX shell would for the quoting the
// README uses: plain words and single-quoted strings.
func shellSplit(s string) ([]string, error) {
	var args []string
	var cur strings.Builder
	inWord, quoted := false, false
	for _, r := range s {
		switch {
		case quoted && r == '\'':
			quoted = false
		case quoted:
			cur.WriteRune(r)
		case r == '\'':
			quoted, inWord = true, true
		case r == ' ':
			if inWord {
				args = append(args, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if quoted {
		return nil, errUnterminatedQuote
	}
	if inWord {
		args = append(args, cur.String())
	}
	return args, nil
}

var errUnterminatedQuote = errors.New("unterminated quote")
