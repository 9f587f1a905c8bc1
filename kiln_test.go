package kiln_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/kilnjs/kiln"
	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/stdlib"
)

func newRuntime(t *testing.T, opts kiln.Options) *kiln.Runtime {
	t.Helper()
	r, err := kiln.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(r.Close)
	return r
}

func run(t *testing.T, r *kiln.Runtime, src string) kiln.Value {
	t.Helper()
	v, err := r.Run("test.js", src)
	if err != nil {
		t.Fatalf("Run(%q): %v", src, err)
	}
	return v
}

func TestRunValues(t *testing.T) {
	r := newRuntime(t, kiln.Options{})
	cases := []struct {
		src  string
		kind kiln.Kind
		str  string
	}{
		{"1 + 2", kiln.Number, "3"},
		{"'a' + 'b'", kiln.String, "ab"},
		{"undefined", kiln.Undefined, "undefined"},
		{"null", kiln.Null, "null"},
		{"1 < 2", kiln.Boolean, "true"},
		{"10n ** 20n", kiln.BigInt, "100000000000000000000"},
		{"Symbol('s')", kiln.Symbol, "Symbol(s)"},
		{"({a: 1})", kiln.Object, "[object Object]"},
		{"(function f() {})", kiln.Function, "function f() {}"},
		{"[1, [2, 3]]", kiln.Object, "1,2,3"},
	}
	for _, c := range cases {
		v := run(t, r, c.src)
		if v.Kind() != c.kind || v.String() != c.str {
			t.Errorf("%s: got %v %q, want %v %q", c.src, v.Kind(), v.String(), c.kind, c.str)
		}
	}
	var zero kiln.Value
	if zero.Kind() != kiln.Undefined || !zero.IsUndefined() || zero.String() != "undefined" || zero.Export() != nil {
		t.Errorf("the zero Value is not undefined: %v %q", zero.Kind(), zero.String())
	}
	if err := r.Set("z", zero); err != nil || run(t, r, "z === undefined").String() != "true" {
		t.Errorf("the zero Value set as a global: %v", err)
	}
	other := newRuntime(t, kiln.Options{})
	if err := other.Set("foreign", run(t, r, "({})")); err == nil {
		t.Errorf("a Value of another runtime was taken")
	}
	// Top-level declarations of a script are globals the next one sees.
	run(t, r, "var counter = 41; function bump() { return ++counter; }")
	if got := run(t, r, "bump()").Int(); got != 42 {
		t.Errorf("bump() = %d, want 42", got)
	}
}

func TestExceptions(t *testing.T) {
	r := newRuntime(t, kiln.Options{})
	_, err := r.Run("boom.js", "function f() {\n  throw new TypeError('bad ' + 1);\n}\nf();")
	var exc *kiln.Exception
	if !errors.As(err, &exc) {
		t.Fatalf("got %v, want an *Exception", err)
	}
	want := "TypeError: bad 1\n    at f (boom.js:2:9)\n    at boom.js:4:1"
	if err.Error() != want {
		t.Errorf("error:\n%s\nwant:\n%s", err, want)
	}
	if msg, _ := exc.Value().Get("message"); msg.String() != "bad 1" {
		t.Errorf("message %q", msg.String())
	}
	_, err = r.Run("lit.js", "throw 42")
	if err == nil || err.Error() != "Uncaught 42" {
		t.Errorf("throw 42: %v", err)
	}
	_, err = r.Run("syntax.js", "let x = 1;\nlet y = ;")
	if !errors.As(err, &exc) || exc.Line != 2 || exc.Column != 9 || exc.File != "syntax.js" {
		t.Fatalf("syntax error: %v (%+v)", err, exc)
	}
	if want := "syntax.js:2:9: SyntaxError: Unexpected token ';'"; err.Error() != want {
		t.Errorf("syntax error %q, want %q", err, want)
	}
	// The runtime is still usable after exceptions.
	if got := run(t, r, "6 * 7").Int(); got != 42 {
		t.Errorf("after exceptions: %d", got)
	}
}

type point struct {
	X, Y  float64
	Label string `json:"label,omitempty"`
	skip  int
}

func TestGoFunctions(t *testing.T) {
	r := newRuntime(t, kiln.Options{})
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(r.Set("add", func(a, b int) int { return a + b }))
	must(r.Set("concat", func(sep string, parts ...string) string { return strings.Join(parts, sep) }))
	must(r.Set("div", func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, errors.New("division by zero")
		}
		return a / b, nil
	}))
	must(r.Set("norm", func(p point) float64 { return p.X*p.X + p.Y*p.Y }))
	must(r.Set("mid", func(a, b *point) point { return point{X: (a.X + b.X) / 2, Y: (a.Y + b.Y) / 2, Label: "mid"} }))
	must(r.Set("apply", func(f func(int) int, x int) int { return f(x) + 1 }))
	must(r.Set("twice", func(v kiln.Value) (kiln.Value, error) { return v.Call(21) }))
	must(r.Set("nothing", func() {}))

	checks := map[string]string{
		"add(40, 2)":                 "42",
		"concat('-', 'a', 'b', 'c')": "a-b-c",
		"concat(':')":                "",
		"div(1, 4)":                  "0.25",
		"try { div(1, 0) } catch (e) { e.message }":       "division by zero",
		"norm({X: 3, Y: 4})":                              "25",
		"JSON.stringify(mid({X: 0, Y: 0}, {X: 2, Y: 4}))": `{"X":1,"Y":2,"label":"mid"}`,
		"apply(x => x * 2, 20)":                           "41",
		"twice(x => x * 2)":                               "42",
		"typeof nothing()":                                "undefined",
		"add.length":                                      "2",
		"try { add(1.5, 2) } catch (e) { e.name }":        "RangeError",
		"try { norm(3) } catch (e) { e.constructor.name + ': ' + e.message }": "TypeError: kiln: a number does not convert to a Go kiln_test.point",
	}
	for src, want := range checks {
		if got := run(t, r, src).String(); got != want {
			t.Errorf("%s = %q, want %q", src, got, want)
		}
	}
	// A JavaScript exception under a Go function passes through it as the
	// same value.
	must(r.Set("call", func(f kiln.Value) error { _, err := f.Call(); return err }))
	if got := run(t, r, "const o = {}; try { call(() => { throw o }) } catch (e) { e === o }").String(); got != "true" {
		t.Errorf("exception through Go: %s", got)
	}
	// A Go panic in a host function is the host's: it passes through the
	// call, and the runtime goes on working.
	must(r.Set("bad", func() { panic("host bug") }))
	func() {
		defer func() {
			if x := recover(); x != "host bug" {
				t.Errorf("recovered %v", x)
			}
		}()
		r.Run("panic.js", "[1, 2].map(() => bad())")
	}()
	if got := run(t, r, "function h(n) { return n ? h(n - 1) + 1 : 0 } h(50)").Int(); got != 50 {
		t.Errorf("after a panic: %d", got)
	}
}

func TestConversions(t *testing.T) {
	r := newRuntime(t, kiln.Options{})
	when := time.Date(2024, 2, 29, 12, 30, 0, 0, time.UTC)
	big1, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	in := map[string]any{
		"n":      3.5,
		"s":      "héllo",
		"b":      true,
		"nil":    nil,
		"list":   []int{1, 2, 3},
		"bytes":  []byte{1, 2, 255},
		"when":   when,
		"big":    big1,
		"pt":     point{X: 1, Y: 2},
		"err":    errors.New("oops"),
		"nested": map[string][]string{"k": {"v"}},
	}
	if err := r.Set("data", in); err != nil {
		t.Fatal(err)
	}
	checks := map[string]string{
		"Object.keys(data).join()":                          "b,big,bytes,err,list,n,nested,nil,pt,s,when",
		"data.list instanceof Array && data.list[2]":        "3",
		"data.bytes instanceof Uint8Array && data.bytes[2]": "255",
		"data.when.toISOString()":                           "2024-02-29T12:30:00.000Z",
		"typeof data.big + ' ' + (data.big + 1n)":           "bigint 123456789012345678901234567891",
		"JSON.stringify(data.pt)":                           `{"X":1,"Y":2}`,
		"data.err instanceof Error && data.err.message":     "oops",
		"data.nested.k[0]":                                  "v",
		"data.nil === null":                                 "true",
	}
	for src, want := range checks {
		if got := run(t, r, src).String(); got != want {
			t.Errorf("%s = %q, want %q", src, got, want)
		}
	}

	v := run(t, r, `({num: 1.5, str: "x", arr: [1, "two", null, [true]], obj: {deep: {er: 1}},
		u8: new Uint8Array([9, 8]), date: new Date(0), big: 2n ** 70n})`)
	got := v.Export().(map[string]any)
	if fn := got["fn"]; fn != nil {
		t.Errorf("fn %v", fn)
	}
	want := map[string]any{
		"num":  1.5,
		"str":  "x",
		"arr":  []any{1.0, "two", nil, []any{true}},
		"obj":  map[string]any{"deep": map[string]any{"er": 1.0}},
		"u8":   []byte{9, 8},
		"date": time.UnixMilli(0),
		"big":  new(big.Int).Lsh(big.NewInt(1), 70),
	}
	if d := cmp.Diff(want, got, cmp.Comparer(func(a, b *big.Int) bool { return a.Cmp(b) == 0 })); d != "" {
		t.Errorf("Export (-want +got):\n%s", d)
	}

	// A cycle exports as the same map.
	cyc := run(t, r, "const c = {name: 'c'}; c.self = c; c").Export().(map[string]any)
	if self, ok := cyc["self"].(map[string]any); !ok || self["name"] != "c" {
		t.Errorf("cycle: %v", cyc)
	}

	var p struct {
		X, Y   int
		Label  string `json:"label"`
		Tags   []string
		Attrs  map[string]float64
		Parent *point
	}
	if err := run(t, r, "({X: 1, Y: -2, label: 'p', Tags: ['a', 'b'], Attrs: {w: 0.5}, Parent: {X: 9}})").ExportTo(&p); err != nil {
		t.Fatal(err)
	}
	if p.X != 1 || p.Y != -2 || p.Label != "p" || len(p.Tags) != 2 || p.Attrs["w"] != 0.5 || p.Parent == nil || p.Parent.X != 9 {
		t.Errorf("ExportTo: %+v", p)
	}
	var n uint8
	if err := run(t, r, "300").ExportTo(&n); err == nil {
		t.Errorf("300 into a uint8: no error")
	}
	var f func(a, b int) (int, error)
	if err := run(t, r, "(a, b) => { if (b < 0) throw new Error('negative'); return a * b }").ExportTo(&f); err != nil {
		t.Fatal(err)
	}
	if x, err := f(6, 7); x != 42 || err != nil {
		t.Errorf("f(6, 7) = %d, %v", x, err)
	}
	if _, err := f(6, -1); err == nil || !strings.HasPrefix(err.Error(), "Error: negative") {
		t.Errorf("f(6, -1): %v", err)
	}
}

func TestObjectsAndCalls(t *testing.T) {
	r := newRuntime(t, kiln.Options{})
	obj := run(t, r, "({n: 2, times(k) { return this.n * k }})")
	if err := obj.Set("n", 21); err != nil {
		t.Fatal(err)
	}
	if v, err := obj.CallMethod("times", 2); err != nil || v.Int() != 42 {
		t.Errorf("times: %v %v", v, err)
	}
	keys, _ := obj.Keys()
	if strings.Join(keys, ",") != "n,times" {
		t.Errorf("keys %v", keys)
	}
	ctor, _ := r.Get("Map")
	m, err := ctor.New([]any{[]any{"k", "v"}})
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := m.CallMethod("get", "k"); v.String() != "v" {
		t.Errorf("Map get: %v", v)
	}
	if _, err := run(t, r, "1").Call(); err == nil {
		t.Errorf("calling a number: no error")
	}
}

func TestAwait(t *testing.T) {
	r := newRuntime(t, kiln.Options{})
	v := run(t, r, "(async () => { await null; return 'done'; })()")
	if !v.IsPromise() {
		t.Fatalf("not a promise: %v", v.Kind())
	}
	res, err := r.Await(v)
	if err != nil || res.String() != "done" {
		t.Errorf("Await: %v %v", res, err)
	}
	_, err = r.Await(run(t, r, "Promise.reject(new RangeError('no'))"))
	if err == nil || !strings.HasPrefix(err.Error(), "RangeError: no") {
		t.Errorf("rejection: %v", err)
	}
	// Run runs the jobs its script queued before it returns.
	run(t, r, "var order = []; Promise.resolve().then(() => order.push('job')); order.push('script')")
	if got := run(t, r, "order.join()").String(); got != "script,job" {
		t.Errorf("order %q", got)
	}
	_, err = r.Await(run(t, r, "new Promise(() => {})"))
	if err == nil {
		t.Errorf("a promise nothing settles: no error")
	}
}

func TestInterrupt(t *testing.T) {
	r := newRuntime(t, kiln.Options{})
	time.AfterFunc(50*time.Millisecond, r.Interrupt)
	_, err := r.Run("loop.js", "for (;;) {}")
	if !errors.Is(err, kiln.ErrInterrupted) {
		t.Fatalf("got %v, want ErrInterrupted", err)
	}
	// try/catch does not catch an interrupt.
	time.AfterFunc(50*time.Millisecond, r.Interrupt)
	_, err = r.Run("loop2.js", "let caught = false; try { while (true) {} } catch { caught = true }")
	if !errors.Is(err, kiln.ErrInterrupted) {
		t.Fatalf("got %v, want ErrInterrupted", err)
	}
	if got := run(t, r, "typeof caught === 'undefined' || !caught").String(); got != "true" {
		t.Errorf("the interrupt was caught")
	}

	// A context's end interrupts too.
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err = r.RunContext(ctx, "ctx.js", "for (;;) {}")
	if !errors.Is(err, kiln.ErrInterrupted) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("RunContext: got %v", err)
	}
	if v, err := r.RunContext(context.Background(), "ok.js", "1 + 1"); err != nil || v.Int() != 2 {
		t.Errorf("RunContext after: %v %v", v, err)
	}

	// A Node runtime waiting for a timer stops too, and can run again.
	n := newRuntime(t, kiln.Options{Node: true})
	run(t, n, "var fired = false; setTimeout(() => { fired = true }, 60000)")
	time.AfterFunc(50*time.Millisecond, n.Interrupt)
	start := time.Now()
	if err := n.Wait(); !errors.Is(err, kiln.ErrInterrupted) {
		t.Fatalf("Wait: got %v, want ErrInterrupted", err)
	}
	ctx2, cancel2 := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel2()
	if err := n.WaitContext(ctx2); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("WaitContext: got %v", err)
	}
	if d := time.Since(start); d > 30*time.Second {
		t.Errorf("the interrupt waited for the timer (%v)", d)
	}
	if got := run(t, n, "fired").String(); got != "false" {
		t.Errorf("fired = %s", got)
	}
}

func TestLimits(t *testing.T) {
	r := newRuntime(t, kiln.Options{MaxHeapBytes: 32 << 20})
	_, err := r.Run("big.js", "const a = []; for (;;) a.push({i: a.length, s: 'x' + a.length})")
	if !errors.Is(err, kiln.ErrHeapLimit) {
		t.Fatalf("got %v, want ErrHeapLimit", err)
	}
	r2 := newRuntime(t, kiln.Options{MaxCallDepth: 100})
	_, err = r2.Run("deep.js", "function f(n) { return n ? f(n - 1) : 0 } f(1000)")
	if err == nil || !strings.HasPrefix(err.Error(), "RangeError: Maximum call stack size exceeded") {
		t.Errorf("deep recursion: %v", err)
	}
	if v := run(t, r2, "f(50)"); v.Int() != 0 {
		t.Errorf("f(50) = %v", v)
	}
}

// TestValuesSurviveCollections holds values only in Go while JavaScript
// allocates enough to collect many times (the pins' return is
// TestDroppedValuesReleasePins's).
func TestValuesSurviveCollections(t *testing.T) {
	r := newRuntime(t, kiln.Options{})
	var kept []kiln.Value
	for i := range 200 {
		kept = append(kept, run(t, r, fmt.Sprintf("({i: %d, s: 'v' + %d, a: [%d]})", i, i, i)))
		run(t, r, fmt.Sprintf("'dropped %d'", i)) // a value dropped at once
	}
	run(t, r, "let junk = []; for (let i = 0; i < 200000; i++) junk.push({i}); junk = null")
	if err := r.CollectGarbage(); err != nil {
		t.Fatal(err)
	}
	for i, v := range kept {
		s, _ := v.Get("s")
		if s.String() != fmt.Sprintf("v%d", i) {
			t.Fatalf("value %d after collections: %q", i, s.String())
		}
	}
}

func TestNodeRuntime(t *testing.T) {
	var out bytes.Buffer
	r := newRuntime(t, kiln.Options{Node: true, Stdout: &out, Args: []string{"one"}})
	if err := r.Set("hostName", "go"); err != nil {
		t.Fatal(err)
	}
	run(t, r, `
		setTimeout(() => console.log('timer', hostName), 5);
		process.nextTick(() => console.log('tick'));
		console.log('script', process.argv.slice(1).join());`)
	if got := out.String(); got != "script one\ntick\n" {
		t.Errorf("before Wait: %q", got)
	}
	if err := r.Wait(); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "script one\ntick\ntimer go\n" {
		t.Errorf("after Wait: %q", got)
	}
	path, err := r.Require("node:path")
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := path.CallMethod("join", "a", "b", "../c"); v.String() != filepath.Join("a", "c") {
		t.Errorf("path.join: %v", v)
	}
	// A module of the host's, for require and import.
	if err := r.DefineModule("host-db", map[string]any{"get": func(k string) string { return "value of " + k }}); err != nil {
		t.Fatal(err)
	}
	if got := run(t, r, "require('host-db').get('a')").String(); got != "value of a" {
		t.Errorf("require of a host module: %q", got)
	}
	v0, err := r.Await(run(t, r, "import('host-db').then(m => m.default.get('b') + ' ' + m.get('c'))"))
	if err != nil || v0.String() != "value of b value of c" {
		t.Errorf("import of a host module: %v %v", v0, err)
	}
	// A promise that a timer settles: Await runs the loop.
	v := run(t, r, "new Promise(res => setTimeout(() => res(7), 10))")
	if res, err := r.Await(v); err != nil || res.Int() != 7 {
		t.Errorf("Await: %v %v", res, err)
	}
	// A rejection the host waits for is the host's to handle: it is not an
	// unhandled rejection that ends the process.
	v = run(t, r, "new Promise((_, rej) => setTimeout(() => rej(new TypeError('late')), 5))")
	if _, err := r.Await(v); err == nil || !strings.HasPrefix(err.Error(), "TypeError: late") {
		t.Errorf("Await of a later rejection: %v", err)
	}
	if got := run(t, r, "1 + 1").Int(); got != 2 {
		t.Errorf("after a rejection the host handled: %d", got)
	}
}

func TestNodeRunMain(t *testing.T) {
	dir := t.TempDir()
	main := filepath.Join(dir, "main.js")
	os.WriteFile(filepath.Join(dir, "lib.js"), []byte("exports.twice = (x) => x * 2;\n"), 0o644)
	os.WriteFile(main, []byte(`const { twice } = require('./lib');
console.log(require('path').basename(process.argv[1]), process.argv[2], twice(fromGo(20)));
setTimeout(() => process.exit(3), 1);
`), 0o644)
	var out bytes.Buffer
	r := newRuntime(t, kiln.Options{Node: true, Stdout: &out, Args: []string{"arg"}})
	r.Set("fromGo", func(x int) int { return x + 1 })
	code, err := r.RunMain(main)
	if err != nil || code != 3 {
		t.Fatalf("RunMain: %d, %v", code, err)
	}
	if got := out.String(); got != "main.js arg 42\n" {
		t.Errorf("output %q", got)
	}
	var exit *kiln.ExitError
	if _, err := r.Run("after.js", "1"); !errors.As(err, &exit) || exit.Code != 3 {
		t.Errorf("after the process ended: %v", err)
	}
}

func TestNodeUncaught(t *testing.T) {
	var out, errOut bytes.Buffer
	r := newRuntime(t, kiln.Options{Node: true, Stdout: &out, Stderr: &errOut})
	// What Run's own script throws comes back to the host...
	if _, err := r.Run("a.js", "throw new Error('sync')"); err == nil || !strings.HasPrefix(err.Error(), "Error: sync") {
		t.Errorf("sync throw: %v", err)
	}
	// ...while a callback's uncaught exception ends the process, as in node.
	run(t, r, "setTimeout(() => { throw new Error('later') }, 1)")
	var exit *kiln.ExitError
	if err := r.Wait(); !errors.As(err, &exit) || exit.Code != 1 {
		t.Fatalf("Wait: %v", err)
	}
	if !strings.Contains(errOut.String(), "Error: later") {
		t.Errorf("stderr %q", errOut.String())
	}
}

func TestClosed(t *testing.T) {
	r, _ := kiln.New(kiln.Options{})
	v := run(t, r, "({})")
	r.Close()
	if _, err := r.Run("x.js", "1"); !errors.Is(err, kiln.ErrClosed) {
		t.Errorf("Run after Close: %v", err)
	}
	if _, err := v.Get("x"); !errors.Is(err, kiln.ErrClosed) {
		t.Errorf("Get after Close: %v", err)
	}
}

func TestProgramInManyRuntimes(t *testing.T) {
	p, err := kiln.Compile("shared.js", "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) } fib(seed)")
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 4)
	for i := range 4 {
		go func() {
			r, err := kiln.New(kiln.Options{})
			if err != nil {
				errs <- err
				return
			}
			defer r.Close()
			r.Set("seed", 15+i)
			v, err := r.RunProgram(p)
			if err == nil && v.Int() != []int64{610, 987, 1597, 2584}[i] {
				err = fmt.Errorf("runtime %d: fib = %d", i, v.Int())
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	_, err = kiln.Compile("bad.js", "if (")
	var ce *kiln.CompileError
	if !errors.As(err, &ce) || ce.Line != 1 || ce.Column != 5 || err.Error() != "bad.js:1:5: SyntaxError: Unexpected end of input" {
		t.Errorf("Compile error: %v", err)
	}
}

func TestRunMainSnapshot(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "app.js")
	os.WriteFile(src, []byte("console.log('from a snapshot', typeof require('fs').readFileSync)\n"), 0o644)
	kbc := filepath.Join(dir, "app.kbc")
	// What kiln build writes.
	p, err := stdlib.Build(src, stdlib.BuildOptions{})
	if err != nil {
		t.Fatal(err)
	}
	data, err := bytecode.EncodeSnapshot(p, bytecode.SnapshotOptions{})
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(kbc, data, 0o644)
	var out bytes.Buffer
	r := newRuntime(t, kiln.Options{Node: true, Stdout: &out})
	code, err := r.RunMain(kbc)
	if err != nil || code != 0 || out.String() != "from a snapshot function\n" {
		t.Errorf("RunMain(app.kbc): %d %v %q", code, err, out.String())
	}
	os.WriteFile(kbc, []byte("not a snapshot"), 0o644)
	r2 := newRuntime(t, kiln.Options{Node: true})
	if _, err := r2.RunMain(kbc); err == nil {
		t.Errorf("a corrupt snapshot ran")
	}
}

// A Value's referent stays alive while one of its methods runs, even when
// the caller dropped the Value: here Export's getter runs a Go function
// that lets Go's collector hand dropped Values' pins back and then
// collects. Without the method keeping its pin, the object Export was
// reading was freed under it (a nil dereference).
func TestValueKeptWhileItsMethodRuns(t *testing.T) {
	r := newRuntime(t, kiln.Options{})
	r.Set("churn", func() {
		for range 3 {
			runtime.GC()
			time.Sleep(5 * time.Millisecond)
		}
		r.CollectGarbage()
	})
	got := exportDropped(t, r)
	want := map[string]any{"a": map[string]any{"x": 1.0}, "b": "still here"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Export (-want +got):\n%s", d)
	}
}

// exportDropped exports a Value it holds nowhere else.
func exportDropped(t *testing.T, r *kiln.Runtime) any {
	return run(t, r, "({a: {get x() { churn(); return 1 }}, b: 'still here'})").Export()
}

func TestNodeImport(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"lib.mjs": "export const name = 'lib'; await new Promise(r => setTimeout(r, 5)); export let ready = true; export default function twice(x) { return 2 * x }",
		"old.cjs": "module.exports = { kind: 'commonjs' }",
		"bad.mjs": "import './missing.mjs'",
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	r := newRuntime(t, kiln.Options{Node: true})
	ns, err := r.Import("./lib.mjs")
	if err != nil {
		t.Fatal(err)
	}
	// Top-level await has finished: the binding after it is set.
	if v, _ := ns.Get("ready"); !v.Bool() {
		t.Errorf("ready = %v", v)
	}
	if v, _ := ns.CallMethod("default", 21); v.Int() != 42 {
		t.Errorf("default(21) = %v", v)
	}
	old, err := r.Import("./old.cjs")
	if err != nil {
		t.Fatal(err)
	}
	if d, _ := old.Get("default"); d.Export().(map[string]any)["kind"] != "commonjs" {
		t.Errorf("old.cjs default = %v", d.Export())
	}
	if p, err := r.Import("node:path"); err != nil {
		t.Fatal(err)
	} else if v, _ := p.CallMethod("basename", "/a/b.txt"); v.String() != "b.txt" {
		t.Errorf("path.basename = %v", v)
	}
	_, err = r.Import("./bad.mjs")
	var exc *kiln.Exception
	if !errors.As(err, &exc) || !strings.Contains(err.Error(), "ERR_MODULE_NOT_FOUND") && !strings.Contains(err.Error(), "Cannot find module") {
		t.Errorf("import of a module with a missing import: %v", err)
	}
	if _, err := newRuntime(t, kiln.Options{}).Import("./lib.mjs"); err == nil {
		t.Error("Import in a plain runtime succeeded")
	}
}

func TestMapsAndSets(t *testing.T) {
	r := newRuntime(t, kiln.Options{})
	m := run(t, r, "const k = {id: 1}; new Map([['a', 1], [2, 'two'], [k, [true]]])")
	want := [][2]any{{"a", 1.0}, {2.0, "two"}, {map[string]any{"id": 1.0}, []any{true}}}
	if diff := cmp.Diff(want, m.Export()); diff != "" {
		t.Errorf("Map export (-want +got):\n%s", diff)
	}
	s := run(t, r, "new Set(['x', 1, null])")
	if diff := cmp.Diff([]any{"x", 1.0, nil}, s.Export()); diff != "" {
		t.Errorf("Set export (-want +got):\n%s", diff)
	}
	var counts map[string]int
	if err := run(t, r, "new Map([['a', 1], ['b', 2]])").ExportTo(&counts); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]int{"a": 1, "b": 2}, counts); diff != "" {
		t.Errorf("Map to map[string]int (-want +got):\n%s", diff)
	}
	var ids []int
	if err := run(t, r, "new Set([3, 1, 2])").ExportTo(&ids); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]int{3, 1, 2}, ids); diff != "" {
		t.Errorf("Set to []int (-want +got):\n%s", diff)
	}
	// A Map that holds itself exports as pairs that hold themselves.
	self := run(t, r, "const s = new Map(); s.set('me', s); s").Export().([][2]any)
	if inner, ok := self[0][1].([][2]any); !ok || &inner[0] != &self[0] {
		t.Errorf("a Map within itself: %#v", self[0][1])
	}
	// Go functions receive them the same way.
	r.Set("total", func(m map[string]float64) float64 {
		sum := 0.0
		for _, v := range m {
			sum += v
		}
		return sum
	})
	if got := run(t, r, "total(new Map([['a', 1.5], ['b', 2]]))").Float(); got != 3.5 {
		t.Errorf("total = %v", got)
	}
}
