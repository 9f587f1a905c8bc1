package vm_test

// Micro-benchmarks of the interpreter's hot paths. Each compiles a small
// script once (through stdlib.Compile, as the CLI does) and runs it b.N
// times on one runtime, so the figure is the cost of the loop inside plus a
// small fixed cost per run. Compare runs with benchstat:
//
//	go test ./vm -run '^$' -bench . -count 10 > new.txt

import (
	"testing"

	"github.com/kilnjs/kiln/stdlib"
	"github.com/kilnjs/kiln/vm"
)

var microBenchmarks = []struct{ name, src string }{
	{"dispatch", `let x = 0; for (let i = 0; i < 10000; i++) { x = (x + i) | 0; }`},
	{"property get hit", `const o = {a: 1, b: 2}; let s = 0; for (let i = 0; i < 10000; i++) s += o.b;`},
	{"property get miss", `const o = {a: 1}; let s = 0; for (let i = 0; i < 10000; i++) if (o.z === undefined) s++;`},
	{"property get polymorphic", `const os = [{a: 1}, {b: 2, a: 1}, {c: 3, a: 1}, {d: 4, c: 1, a: 1}, {e: 5, a: 1}]; let s = 0; for (let i = 0; i < 10000; i++) s += os[i % 5].a;`},
	{"property set hit", `const o = {a: 1}; for (let i = 0; i < 10000; i++) o.a = i;`},
	{"property set add", `for (let i = 0; i < 2000; i++) { const o = {}; o.a = 1; o.b = 2; o.c = 3; }`},
	{"call", `function f(a, b) { return a + b; } let s = 0; for (let i = 0; i < 10000; i++) s = f(s, i);`},
	{"method call", `class P { constructor() { this.n = 0; } inc() { this.n++; } } const p = new P(); for (let i = 0; i < 10000; i++) p.inc();`},
	{"closure call", `let n = 0; const inc = () => { n++; }; for (let i = 0; i < 10000; i++) inc();`},
	{"allocate objects", `let last; for (let i = 0; i < 2000; i++) last = {x: i, y: i};`},
	{"allocate arrays", `let last; for (let i = 0; i < 2000; i++) last = [i, i, i];`},
	{"forEach callback", `const a = new Array(10000).fill(1); let s = 0; a.forEach(x => { s += x; });`},
	{"map callback", `const a = new Array(10000).fill(1); const m = a.map(x => x * 2); if (m.length !== 10000) throw new Error('bad');`},
	{"reduce callback", `const a = new Array(10000).fill(1); if (a.reduce((p, x) => p + x, 0) !== 10000) throw new Error('bad');`},
	{"sort comparator", `const a = []; for (let i = 0; i < 2000; i++) a.push((i * 7919) % 2003); a.sort((x, y) => x - y);`},
	{"string concatenation", `let s = ''; for (let i = 0; i < 2000; i++) s += 'ab'; if (s.length !== 4000) throw new Error('bad length');`},
	{"substring tokenizer", `let s = 'key: value\n'.repeat(4000); let n = 0; while (s.length > 0) { n += s.substring(0, 3).length; s = s.substring(11); } if (n !== 12000) throw new Error('bad');`},
	{"substring tokenizer wide", `let s = 'clé: 値\n'.repeat(4000); let n = 0; while (s.length > 0) { n += s.substring(0, 3).length; s = s.substring(7); } if (n !== 12000) throw new Error('bad');`},
	{"regexp literal in a function", `function esc(s) { return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/g, ''); } let n = 0; for (let i = 0; i < 2000; i++) n += esc('abc').length; if (n !== 6000) throw new Error('bad');`},
	{"generator for-of", `function* g(n) { for (let i = 0; i < n; i++) yield i; } let s = 0; for (const x of g(10000)) s += x;`},
	{"generator next", `function* g(n) { for (let i = 0; i < n; i++) yield i; } const it = g(10000); let s = 0; for (let r = it.next(); !r.done; r = it.next()) s += r.value;`},
	{"generator spread", `function* g(n) { for (let i = 0; i < n; i++) yield i; } if ([...g(10000)].length !== 10000) throw new Error('bad');`},
	{"generator yield*", `function* g(n) { for (let i = 0; i < n; i++) yield i; } function* d(n) { yield* g(n); } let s = 0; for (const x of d(10000)) s += x;`},
	{"array destructuring", `const pair = [1, 2]; let s = 0; for (let i = 0; i < 10000; i++) { const [a, b] = pair; s += a + b; }`},
	{"array destructuring swap", `let a = 1, b = 2; for (let i = 0; i < 10000; i++) [a, b] = [b, a];`},
	{"for-of array", `const a = new Array(10000).fill(1); let s = 0; for (const x of a) s += x;`},
	{"for-of Map destructured", `const m = new Map(); for (let i = 0; i < 100; i++) m.set('k' + i, [i, i]); let s = 0; for (let j = 0; j < 100; j++) for (const [k, [x, y]] of m) s += x + y;`},
	{"typeof compare", `const vs = [1, 'a', {}, undefined, () => 0]; let n = 0; for (let i = 0; i < 10000; i++) { const v = vs[i % 5]; if (typeof v === 'string') n++; else if (typeof v === 'function') n += 2; }`},
}

func BenchmarkInterpreter(b *testing.B) {
	for _, bm := range microBenchmarks {
		b.Run(bm.name, func(b *testing.B) {
			// A block keeps the script's let and const out of the global
			// scope, so the same script can run again in the same realm.
			p, err := stdlib.Compile("{"+bm.src+"}", "bench.js", stdlib.KindScript)
			if err != nil {
				b.Fatal(err)
			}
			rt := vm.New(vm.Options{})
			b.ResetTimer()
			for range b.N {
				if exc := rt.Try(func() { rt.RunScript(p) }); exc != nil {
					b.Fatalf("%s threw: %s", bm.name, rt.GoString(exc.Value))
				}
			}
		})
	}
}

// BenchmarkNew measures a runtime with its realm and built-ins: the floor
// of every process's start-up.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		vm.New(vm.Options{StackValues: 1 << 10, MaxCallDepth: 100})
	}
}
