package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"time"
)

// webDefaultAddr is where "kessai web" listens unless -addr says otherwise:
// the loopback interface only, since the page is a demo, not a service.
const webDefaultAddr = "127.0.0.1:8457"

// webPackage is the main package built for the browser.
const webPackage = "github.com/kessai-jp/kessai/cmd/kessai/web/wasm"

// webStatic is the demo page: HTML, CSS and the script that calls the
// WebAssembly module. kessai.wasm and Go's wasm_exec.js are made when the
// command starts (see [buildWeb]), never committed.
//
//go:embed web/static
var webStatic embed.FS

func webCommand() command {
	return command{
		name: "web", args: "[-json] [-lang ja|en] [-addr HOST:PORT]",
		summary: tr("同じルールを WebAssembly で動かすデモの申込ページを配信する", "serve a demo sign-up page running the same rules in the browser (WebAssembly)"),
		about: tr("ライブラリーを GOOS=js GOARCH=wasm でビルドし（go コマンドと kessai のクローンが必要）、デモの申込ページを -addr で配信する。待ち受けを始めるとアドレスを表示し、Ctrl-C で終了する。",
			"Builds the library with GOOS=js GOARCH=wasm (the go command and a clone of kessai are needed) and serves the demo sign-up\npage on -addr. It prints the address once it listens, and stops on Ctrl-C."),
		exits:  helpExits("0 Ctrl-C で終了した、2 使い方の誤り・待ち受けやビルドの失敗。", "0 stopped by Ctrl-C; 2 bad usage, or listening or building failed."),
		define: func(f *flagSet) { defineWeb(f) },
		run:    runWeb,
	}
}

// helpCommands are the commands "kessai help CMD" and the usage list know:
// the one-shot [commands] and web, so that "kessai help web" prints what
// "kessai web -h" prints.
func helpCommands() []command { return append(commands(), webCommand()) }

// defineWeb defines web's flag and returns -addr.
func defineWeb(f *flagSet) *string {
	return f.String("addr", webDefaultAddr, "HOST:PORT", tr("待ち受けるアドレス（ポート 0 は空きポート）", "address to listen on (port 0 picks a free one)"))
}

// runWebMain runs "kessai web ARGS" from main. web is not in [commands]:
// it serves until interrupted, so it is outside the one-shot output
// contract and the tests that run every command; its errors and help still
// pass through [guard], and its address line too (see [runWeb]).
func runWebMain(args []string) int {
	var out, errOut bytes.Buffer
	l, asJSON := scanOutput(args)
	c := &cmd{env: env{stdin: os.Stdin, stdout: &out, stderr: &errOut}, name: "web", lang: l, json: asJSON}
	code := runWeb(c, args)
	os.Stdout.Write(guard(out.Bytes()))
	os.Stderr.Write(guard(errOut.Bytes()))
	return code
}

// runWeb implements "kessai web": build the WebAssembly module of the
// library (GOOS=js GOARCH=wasm go build, so the go command must be on PATH,
// and the sources at hand: the clone kessai was built from, see
// [webSourceDir], or the working directory), then serve the demo sign-up
// page on -addr until interrupted. It prints the page's address when it is
// listening: a line, or with -json the one object {"url": …}.
func runWeb(c *cmd, args []string) int {
	spec := webCommand()
	f := newFlagSet(c, &spec)
	addr := defineWeb(f)
	if code, ok := f.parse(args); !ok {
		return code
	}
	if f.fs.NArg() > 0 {
		return c.fail(unexpectedArgument(f.fs.Arg(0), &spec))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	s, err := startWeb(ctx, *addr)
	if err != nil {
		return c.fail(&cliError{Code: codeIO, Field: "addr",
			Message: tr("ページを配信できません: ", "cannot serve the page: ").append(msg{err.Error(), err.Error()})})
	}
	defer s.Close()
	// run holds a command's output until the command ends, and this one
	// ends on Ctrl-C: the address goes straight to the terminal, through
	// the same guard as everything kessai prints.
	if c.json {
		var b bytes.Buffer
		writeJSON(&b, struct {
			URL string `json:"url"`
		}{s.URL})
		os.Stdout.Write(guard(b.Bytes()))
	} else {
		os.Stdout.Write(guard([]byte(trf("kessai web: デモの申込ページは %s（Ctrl-C で終了）\n", "kessai web: the demo sign-up page is at %s (Ctrl-C to stop)\n", s.URL).in(c.lang))))
	}
	<-ctx.Done()
	return exitOK
}

// webServer is the running demo.
type webServer struct {
	URL    string // "http://127.0.0.1:8457/"
	Build  time.Duration
	WasmGz int64 // size of the gzip-compressed module served, in bytes
	srv    *http.Server
}

// Close stops the server.
func (s *webServer) Close() error { return s.srv.Close() }

// startWeb builds the module in a temporary directory, which it removes once
// the site is in memory, and serves the page on addr.
func startWeb(ctx context.Context, addr string) (*webServer, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "kessai-web-")
	if err != nil {
		ln.Close()
		return nil, err
	}
	t0 := time.Now()
	files, err := buildWeb(ctx, dir)
	os.RemoveAll(dir)
	if err != nil {
		ln.Close()
		return nil, err
	}
	s := &webServer{
		URL:    "http://" + ln.Addr().String() + "/",
		Build:  time.Since(t0),
		WasmGz: int64(len(files["kessai.wasm"].gz)),
		srv:    &http.Server{Handler: webHandler(files), ReadHeaderTimeout: 10 * time.Second},
	}
	go s.srv.Serve(ln)
	return s, nil
}

// webFile is one file of the site, with its gzip-compressed form.
type webFile struct {
	body, gz []byte
	mime     string
	etag     string // a hash of body
}

// buildWeb builds kessai.wasm into dir with the go command on PATH, copies
// the wasm_exec.js of the same Go installation (the two must come from one
// Go version), and returns every file of the site.
func buildWeb(ctx context.Context, dir string) (map[string]webFile, error) {
	goroot, err := exec.CommandContext(ctx, "go", "env", "GOROOT").Output()
	if err != nil {
		return nil, fmt.Errorf("go env GOROOT: %w (the go command must be on PATH)", err)
	}
	wasm := filepath.Join(dir, "kessai.wasm")
	cmd := exec.CommandContext(ctx, "go", "build", "-trimpath", "-ldflags=-s -w", "-o", wasm, webPackage)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Dir = webSourceDir()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("building the WebAssembly module (run kessai web in a clone of kessai, e.g. go run ./cmd/kessai web): %w\n%s", err, stderr.Bytes())
	}
	files := map[string]webFile{}
	add := func(name, mime string, body []byte) {
		var gz bytes.Buffer
		w, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
		w.Write(body)
		w.Close()
		sum := sha256.Sum256(body)
		files[name] = webFile{body: body, gz: gz.Bytes(), mime: mime, etag: `"` + hex.EncodeToString(sum[:12]) + `"`}
	}
	for name, path := range map[string]string{
		"kessai.wasm":  wasm,
		"wasm_exec.js": filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"),
	} {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		add(name, map[string]string{".wasm": "application/wasm", ".js": "text/javascript; charset=utf-8"}[filepath.Ext(name)], b)
	}
	err = fs.WalkDir(webStatic, "web/static", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := webStatic.ReadFile(path)
		if err != nil {
			return err
		}
		mime := map[string]string{".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8"}[filepath.Ext(path)]
		add(strings.TrimPrefix(path, "web/static/"), mime, b)
		return nil
	})
	return files, err
}

// webSourceDir is where to build the module: the directory of this file in
// the clone the running kessai was built from, so that an installed kessai
// works from any directory, or "" (the working directory) when that is not
// known (a build with -trimpath) or no longer there.
func webSourceDir() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok || !filepath.IsAbs(file) {
		return ""
	}
	dir := filepath.Dir(file)
	if _, err := os.Stat(filepath.Join(dir, "web", "wasm", "api.go")); err != nil {
		return ""
	}
	return dir
}

// webHandler serves the site's files, gzip-compressed to clients that
// accept it, and nothing else.
func webHandler(files map[string]webFile) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/")
		if name == "" {
			name = "index.html"
		}
		f, ok := files[name]
		if !ok || (r.Method != http.MethodGet && r.Method != http.MethodHead) {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Type", f.mime)
		// Revalidated on every load, so a rebuilt module is never stale,
		// but kept: Chromium caches the compiled code of a cached module.
		h.Set("Cache-Control", "no-cache")
		h.Set("ETag", f.etag)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'")
		h.Set("Vary", "Accept-Encoding")
		// Cross-origin isolation: performance.now() then has microsecond
		// resolution, which the page's timings of each call need.
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Embedder-Policy", "require-corp")
		if f.etag != "" && r.Header.Get("If-None-Match") == f.etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		body := f.body
		if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			h.Set("Content-Encoding", "gzip")
			body = f.gz
		}
		h.Set("Content-Length", fmt.Sprint(len(body)))
		if r.Method == http.MethodGet {
			io.Copy(w, bytes.NewReader(body))
		}
	})
}
