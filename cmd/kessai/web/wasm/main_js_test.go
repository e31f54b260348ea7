//go:build js && wasm

package main

import (
	"syscall/js"
	"testing"
)

// TestFnArguments checks how main_js.go passes JavaScript arguments to the
// API: strings as they are, objects as their JSON, numbers and booleans as
// their text, and missing, null or undefined ones as "".
func TestFnArguments(t *testing.T) {
	var got []string
	f := fn(4, func(a []string) string { got = a; return "answer" })
	defer f.Release()
	app := js.Global().Get("Object").New()
	app.Set("method", "credit")
	app.Set("holder", map[string]any{"kana": "ヤマダ"})
	for _, tc := range []struct {
		name string
		args []any
		want [4]string
	}{
		{"strings", []any{"４１１１", "b", "", "d"}, [4]string{"４１１１", "b", "", "d"}},
		{"object", []any{app, "iijmio", "ja"}, [4]string{`{"method":"credit","holder":{"kana":"ヤマダ"}}`, "iijmio", "ja", ""}},
		{"number and boolean", []any{41, true, 1.5, false}, [4]string{"41", "true", "1.5", "false"}},
		{"null and undefined", []any{nil, js.Undefined(), js.Null()}, [4]string{"", "", "", ""}},
		{"none", nil, [4]string{"", "", "", ""}},
		{"too many", []any{"a", "b", "c", "d", "e"}, [4]string{"a", "b", "c", "d"}},
	} {
		got = nil
		res := f.Invoke(tc.args...)
		if res.String() != "answer" || len(got) != 4 || [4]string(got) != tc.want {
			t.Errorf("%s: the API got %q and answered %q; want %q and \"answer\"", tc.name, got, res.String(), tc.want)
		}
	}
}
