package stdlib

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kilnjs/kiln/vm"
)

// The expected strings are node v20's. Regenerate one with
//
//	node -p "<expression>"                (TestInspect)
//	node -p "util.format(...<arguments>)" (TestFormat)

// evalJS runs a JavaScript expression in a fresh Node and returns the node
// and the value.
func evalJS(t *testing.T, expr string) (*Node, vm.Value) {
	t.Helper()
	n, err := New(Options{Stdout: &bytes.Buffer{}, Stderr: &bytes.Buffer{}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.Close)
	p, err := Compile("("+expr+")", "inspect_test.js", KindScript)
	if err != nil {
		t.Fatalf("compiling %s: %v", expr, err)
	}
	var v vm.Value
	if exc := n.VM.Try(func() { v = n.VM.RunScript(p) }); exc != nil {
		t.Fatalf("running %s: %s", expr, n.VM.ToStringForDisplay(exc.Value))
	}
	return n, v
}

func TestInspect(t *testing.T) {
	tests := []struct{ name, expr, want string }{
		{"primitives at top level", `[1, -0, 1n, true, null, undefined, Symbol('s'), 'str']`, "[ 1, -0, 1n, true, null, undefined, Symbol(s), 'str' ]"},
		{"strings quote to avoid escaping", "[\"it's\", 'both \\' and \"', 'all \\' \" `', 'a\\nb\\x00\\x7f']", "[ \"it's\", `both ' and \"`, 'all \\' \" `', 'a\\nb\\x00\\x7F' ]"},
		{"lone surrogates are escaped", `['\ud800', 'a\udc00b']`, "[ '\\ud800', 'a\\udc00b' ]"},
		{"keys that are not identifiers are quoted", `({ 'a-b': 1, $d: 2, _ok: 3, '1x': 4, 7: 5, '': 6 })`, "{ '7': 5, 'a-b': 1, '$d': 2, _ok: 3, '1x': 4, '': 6 }"},
		{"symbol keys are bracketed", `({ [Symbol('k')]: 1, [Symbol()]: 2 })`, "{ [Symbol(k)]: 1, [Symbol()]: 2 }"},
		{"sparse arrays show holes", `[1, , , 4, , ]`, "[ 1, <2 empty items>, 4, <1 empty item> ]"},
		{"array extra keys follow the items", `Object.assign([1, 2], { x: 'y' })`, "[ 1, 2, x: 'y' ]"},
		{"more than 100 items are cut", `Array.from({ length: 102 }, (_, i) => i % 3)`, "[\n  0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2,\n  0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2,\n  0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2,\n  0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2,\n  0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2,\n  0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2,\n  0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2,\n  0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 2,\n  0, 1, 2, 0,\n  ... 2 more items\n]"},
		{"many short strings are grouped in columns", `Array.from({ length: 12 }, (_, i) => 'ab'.repeat(i % 3))`, "[\n  '', 'ab', 'abab',\n  '', 'ab', 'abab',\n  '', 'ab', 'abab',\n  '', 'ab', 'abab'\n]"},
		{"objects longer than the break length split", `({ alpha: 'a'.repeat(30), beta: 'b'.repeat(30), gamma: 1 })`, "{\n  alpha: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',\n  beta: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',\n  gamma: 1\n}"},
		{"nesting beyond depth 2 is abbreviated", `({ a: { b: { c: { d: {} } } }, arr: [[[[1]]]] })`, "{ a: { b: { c: [Object] } }, arr: [ [ [Array] ] ] }"},
		{"circular references get a ref marker", `(() => { const o = { n: 1 }; o.self = o; o.list = [o]; return o; })()`, "<ref *1> { n: 1, self: [Circular *1], list: [ [Circular *1] ] }"},
		{"class instances carry their name", `(() => { class Foo { constructor() { this.x = 1; } } return [new Foo(), Object.create(null), Object.create(Foo.prototype)]; })()`, "[ Foo { x: 1 }, [Object: null prototype] {}, Foo {} ]"},
		{"toStringTag shows after the name", `(() => { class T { get [Symbol.toStringTag]() { return 'Tag'; } } return new T(); })()`, "T [Tag] {}"},
		{"functions show kind and name", `[function f() {}, () => {}, class A {}, class B extends Array {}, async () => {}, function* g() {}]`, "[\n  [Function: f],\n  [Function (anonymous)],\n  [class A],\n  [class B extends Array],\n  [AsyncFunction (anonymous)],\n  [GeneratorFunction: g]\n]"},
		{"bound functions keep the bound name", `(function f() {}).bind(null)`, "[Function: bound f]"},
		{"functions with properties list them", `Object.assign(function f() {}, { x: 1 })`, "[Function: f] { x: 1 }"},
		{"boxed primitives", `[new Number(-0), new String('ab'), Object(Symbol('s')), Object(2n), new Boolean(false)]`, "[\n  [Number: -0],\n  [String: 'ab'],\n  [Symbol: Symbol(s)],\n  [BigInt: 2n],\n  [Boolean: false]\n]"},
		{"dates print as ISO strings", `[new Date(0), new Date(NaN), new Date(-62198755200000)]`, "[ 1970-01-01T00:00:00.000Z, Invalid Date, -000001-01-01T00:00:00.000Z ]"},
		{"regexps print as literals", `[/a\/b/gi, new RegExp('x/y')]`, "[ /a\\/b/gi, /x\\/y/ ]"},
		{"maps and sets", `[new Map([['a', 1], [{}, []]]), new Set([1, 'x']), new WeakMap()]`, "[\n  Map(2) { 'a' => 1, {} => [] },\n  Set(2) { 1, 'x' },\n  WeakMap { <items unknown> }\n]"},
		{"map iterators preview what is left", `(() => { const m = new Map([[1, 'a'], [2, 'b']]); const it = m.entries(); it.next(); return [it, m.keys(), new Set([5]).values()]; })()`, "[\n  [Map Entries] { [ 2, 'b' ] },\n  [Map Iterator] { 1, 2 },\n  [Set Iterator] { 5 }\n]"},
		{"promises show their state", `[Promise.resolve(1), new Promise(() => {}), (() => { const p = Promise.reject(3); p.catch(() => {}); return p; })()]`, "[ Promise { 1 }, Promise { <pending> }, Promise { <rejected> 3 } ]"},
		{"accessors are not called", `({ get a() { throw 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} })`, "{ a: [Getter], b: [Setter], c: [Getter/Setter] }"},
		{"errors print their stack", `(() => { const e = new TypeError('bad'); e.stack = 'TypeError: bad\n    at f (x.js:1:1)'; e.code = 'E'; return { e }; })()`, "{\n  e: TypeError: bad\n      at f (x.js:1:1) {\n    code: 'E'\n  }\n}"},
		{"errors without frames are bracketed", `(() => { const e = new RangeError('r'); delete e.stack; return [e]; })()`, "[ [RangeError: r] ]"},
		{"error cause is shown", `(() => { const e = new Error('o', { cause: 'why' }); e.stack = 'Error: o\n    at f (x.js:1:1)'; return e; })()`, "Error: o\n    at f (x.js:1:1) {\n  [cause]: 'why'\n}"},
		{"arguments objects", `(function () { return arguments; })(1, 'a')`, "[Arguments] { '0': 1, '1': 'a' }"},
		{"null prototype arrays", `Object.setPrototypeOf([1], null)`, "[Array(1): null prototype] [ 1 ]"},
		{"proxies show their target", `new Proxy({ t: 1 }, {})`, "{ t: 1 }"},
		{"long strings in objects split at newlines", `({ s: 'line one is long enough\nline two is long enough too\nthree' })`, "{ s: 'line one is long enough\\nline two is long enough too\\nthree' }"},
		{"custom inspect functions replace the value", `({ [Symbol.for('nodejs.util.inspect.custom')]: (depth) => 'custom@' + depth })`, "custom@2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, v := evalJS(t, tt.expr)
			var got string
			if exc := n.VM.Try(func() { got = n.Inspect(v, DefaultInspectOptions()) }); exc != nil {
				t.Fatalf("inspect threw %s", n.VM.ToStringForDisplay(exc.Value))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("inspect(%s) mismatch (-node +kiln):\n%s", tt.expr, diff)
			}
		})
	}
}

func TestInspectOptions(t *testing.T) {
	tests := []struct {
		name, expr string
		opts       func(o *InspectOptions)
		want       string
	}{
		{"depth 0 abbreviates the first level", `({ a: { b: 1 }, c: [1] })`, func(o *InspectOptions) { o.Depth = 0 },
			"{ a: [Object], c: [Array] }"},
		{"unlimited depth shows everything", `({ a: { b: { c: { d: {} } } } })`, func(o *InspectOptions) { o.Depth = -1 },
			"{\n  a: { b: { c: { d: {} } } }\n}"},
		{"showHidden lists non-enumerable keys", `Object.defineProperty({}, 'h', { value: 1 })`,
			func(o *InspectOptions) { o.ShowHidden = true }, "{ [h]: 1 }"},
		{"maxArrayLength cuts arrays", `[1, 2, 3]`, func(o *InspectOptions) { o.MaxArrayLength = 1 }, "[ 1, ... 2 more items ]"},
		{"maxStringLength cuts strings", `'abcdef'`, func(o *InspectOptions) { o.MaxStringLength = 2 },
			"'ab'... 4 more characters"},
		{"compact false puts every entry on its own line", `({ a: 1 })`, func(o *InspectOptions) { o.Compact = 0 },
			"{\n  a: 1\n}"},
		{"sorted orders the keys", `({ b: 1, a: 2 })`, func(o *InspectOptions) { o.Sorted = true }, "{ a: 2, b: 1 }"},
		{"getters are called when asked", `({ get g() { return 5; } })`, func(o *InspectOptions) { o.Getters = true },
			"{ g: [Getter: 5] }"},
		{"breakLength decides the line width", `({ a: 1, b: 2 })`, func(o *InspectOptions) { o.BreakLength = 10 },
			"{\n  a: 1,\n  b: 2\n}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, v := evalJS(t, tt.expr)
			opts := DefaultInspectOptions()
			tt.opts(&opts)
			if diff := cmp.Diff(tt.want, n.Inspect(v, opts)); diff != "" {
				t.Errorf("inspect(%s) mismatch (-node +kiln):\n%s", tt.expr, diff)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	tests := []struct{ name, args, want string }{
		{"s d i and f convert their argument", `['%s=%d %i %f', 'n', '42.5x', '-3.9', '1.5e3z']`, "n=NaN -3 1500"},
		{"j stringifies and reports cycles", `['%j %j', { a: [1] }, (() => { const o = {}; o.o = o; return o; })()]`, "{\"a\":[1]} [Circular]"},
		{"o shows hidden properties", `['%o', [1]]`, "[ 1, [length]: 1 ]"},
		{"O inspects with the defaults", `['%O', { a: { b: { c: { d: 1 } } } }]`, "{ a: { b: { c: [Object] } } }"},
		{"s inspects objects shallowly", `['%s', { a: { b: 1 } }, [1, [2, [3]]]]`, "{ a: [Object] } [ 1, [ 2, [ 3 ] ] ]"},
		{"s uses a custom toString", `['%s', { toString() { return 'T'; } }]`, "T"},
		{"percent percent is a literal percent", `['100%% %s', 'sure', '%%']`, "100% sure %%"},
		{"missing arguments leave the specifier", `['%s and %s', 'one']`, "one and %s"},
		{"unknown specifiers are kept", `['%x %', 1]`, "%x % 1"},
		{"c consumes its argument", `['a%cb', 'color: red', 'c']`, "ab c"},
		{"a non-string first argument disables specifiers", `[1, '%s', 'x']`, "1 %s x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, v := evalJS(t, tt.args)
			var got string
			if exc := n.VM.Try(func() { got = n.Format(n.VM.ArrayValues(v)) }); exc != nil {
				t.Fatalf("format threw %s", n.VM.ToStringForDisplay(exc.Value))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("format(%s) mismatch (-node +kiln):\n%s", tt.args, diff)
			}
		})
	}
}

func TestDescribeThrown(t *testing.T) {
	// Wants from node: util.inspect(v, {depth: 5, customInspect: false}).
	tests := []struct{ name, expr, want string }{
		{"own enumerable properties follow a stack with frames in braces",
			`Object.assign(new Error('x'), { code: 'ERR_X', n: 1, stack: 'Error: x\n    at f (a.js:1:1)' })`,
			"Error: x\n    at f (a.js:1:1) {\n  code: 'ERR_X',\n  n: 1\n}"},
		{"a stack without frames is bracketed, its properties on one line",
			`Object.assign(new Error('x'), { code: 'ERR_X', n: 1, stack: 'Error: x' })`,
			"[Error: x] { code: 'ERR_X', n: 1 }"},
		{"a cause is shown in brackets", `Object.assign(new Error('x', { cause: 1 }), { stack: 'Error: x' })`,
			"[Error: x] { [cause]: 1 }"},
		{"an object is inspected five levels deep", `({a: {b: {c: {d: {e: {f: 1}}}}}})`,
			"{\n  a: {\n    b: {\n      c: { d: { e: { f: 1 } } }\n    }\n  }\n}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, v := evalJS(t, tt.expr)
			if diff := cmp.Diff(tt.want, n.describeThrown(v, false)); diff != "" {
				t.Errorf("%s printed uncaught mismatch (-node +kiln):\n%s", tt.expr, diff)
			}
		})
	}
}
