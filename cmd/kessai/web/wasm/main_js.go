//go:build js && wasm

package main

import "syscall/js"

// main sets the global kessai object, tells the page it is ready by calling
// globalThis.kessaiReady when the page has set it, and then waits for calls
// for as long as the page lives.
func main() {
	api := js.Global().Get("Object").New()
	api.Set("card", fn(1, func(a []string) string { return card(a[0]) }))
	api.Set("name", fn(3, func(a []string) string { return name(a[0], a[1], a[2]) }))
	api.Set("check", fn(5, func(a []string) string { return check(a[0], a[1], a[2], a[3], a[4]) }))
	api.Set("options", fn(1, func(a []string) string { return options(a[0]) }))
	api.Set("timeline", fn(2, func(a []string) string { return timeline(a[0], a[1]) }))
	js.Global().Set("kessai", api)
	if ready := js.Global().Get("kessaiReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {}
}

// fn wraps f as a JavaScript function of n arguments. A string argument is
// passed as it is, an object (an application) as its JSON.stringify text,
// and a missing, null or undefined one as "", which the API reports as
// missing where it is required; a number or boolean is passed as its
// JavaScript text.
func fn(n int, f func([]string) string) js.Func {
	return js.FuncOf(func(_ js.Value, args []js.Value) any {
		a := make([]string, n)
		for i := 0; i < n && i < len(args); i++ {
			switch v := args[i]; v.Type() {
			case js.TypeString:
				a[i] = v.String()
			case js.TypeObject:
				a[i] = js.Global().Get("JSON").Call("stringify", v).String()
			case js.TypeNumber, js.TypeBoolean:
				a[i] = js.Global().Get("String").Invoke(v).String()
			}
		}
		return f(a)
	})
}
