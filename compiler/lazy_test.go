package compiler

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/parser"
)

var lazySnippets = map[string]string{
	"tdz before and after": `let a; function f() { return a + b } let b = 1; function g() { return b }
		var h = function () { return [a, b, h] }`,
	"scope left before the call": `{ let x = 1; var f = function () { return x } } { let y; var g = function () { return y } }`,
	"nested deferred":            `function outer(p) { let q = p; function mid() { const r = q; return function inner() { return p + q + r } } return mid }`,
	"loops and switch": `for (let i = 0; i < 3; i++) { var fs = function () { return i } }
		switch (1) { case 0: let z; case 1: var k = function () { return z } }`,
	"arguments and defaults": `function f(a, b = () => a) { return function () { return arguments.length + b() } }`,
	"class around":           `class C { #p = 1; m() { return function () { return this } } static s(o) { return function () { return #p in o } } }`,
	"generators and async":   `function* g() { yield function () { return 1 } } async function h() { await null; return function () {} }`,
	"inferred names":         `var o = {}; o.a = function () {}; function Foo() { this.b = function () { return function () {} } }`,
	"arrows":                 `const a = (x) => (y) => x + y + this; let late = 1; const b = () => late; function f() { return () => [this, new.target, arguments[0], () => arguments] }`,
	"arrows in classes": `class A { m() { return 1 } } class B extends A { f = () => super.m() + this.g; static s = () => this;
		constructor() { const early = () => this; try { early() } catch {} super(); const g = () => super.m(); this.g = g() }
		m() { return () => () => super.m() } }`,
	"arrows in derived constructors": `class C extends Object { constructor() { const s = () => super(); s(); (() => this)() } }`,
	"async and nested arrows":        `const f = async (x) => { await x; return async () => () => x }; var o = { m() { return [() => this, (a = () => 1) => a] } }`,
	"arrow names":                    `const named = () => {}; var o = { p: () => () => {} }; const w = () => { const inner = () => {}; return inner }`,
}

// TestLazyCompileMatchesEager compiles every file of the corpus twice,
// eagerly and with Lazy, forces every deferred body (in breadth-first
// order through EncodeSnapshot, or depth-first through Verify first) and
// checks that the two snapshots are the same bytes: a body compiled late
// must be the body compiled in place.
func TestLazyCompileMatchesEager(t *testing.T) {
	deferred, files := 0, 0
	checkCorpus(t, lazySnippets, "/test/", func(t *testing.T, name string, prog *parser.Program) {
		compile := func(lazy bool) (*bytecode.Program, error) {
			opts := Options{Filename: name, Source: prog.Source, Lazy: lazy}
			switch {
			case prog.IsModule:
				return Module(prog, opts)
			case !strings.Contains(name, "/test/"): // parsed as CommonJS by checkCorpus
				return FunctionBody(prog, []string{"exports", "require", "module", "__filename", "__dirname"}, opts)
			}
			return Script(prog, opts)
		}
		eager, err := compile(false)
		if err != nil {
			return // what the compiler refuses is the other tests' concern
		}
		lazy, err := compile(true)
		if err != nil {
			t.Errorf("%s: lazy compile failed where the eager one did not: %v", name, err)
			return
		}
		files++
		deferred += countDeferred(lazy.Main)
		if files%2 == 0 {
			if err := bytecode.Verify(lazy.Main); err != nil {
				t.Errorf("%s: %v", name, err)
				return
			}
		}
		want, err := bytecode.EncodeSnapshot(eager, bytecode.SnapshotOptions{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, err := bytecode.EncodeSnapshot(lazy, bytecode.SnapshotOptions{})
		if err != nil {
			t.Errorf("%s: forcing the deferred bodies: %v", name, err)
			return
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: lazily compiled bytecode differs from the eager compile\n%s", name, firstDiff(eager.Main, lazy.Main))
		}
	})
	t.Logf("%d files, %d function bodies deferred", files, deferred)
	if deferred == 0 {
		t.Fatal("no function body was deferred: the test compares nothing")
	}
}

// countDeferred counts the functions under f whose bodies are not compiled
// yet, without compiling any.
func countDeferred(f *bytecode.Function) int {
	if f.Deferred() {
		return 1
	}
	n := 0
	for _, g := range f.Funcs {
		n += countDeferred(g)
	}
	return n
}

// firstDiff names the first function whose compiled form differs, with
// both disassemblies.
func firstDiff(a, b *bytecode.Function) string {
	var ba, bb strings.Builder
	bytecode.Disassemble(&ba, &bytecode.Function{Code: a.Code, Consts: a.Consts, Sites: a.Sites, Handlers: a.Handlers, Lines: a.Lines, NRegs: a.NRegs})
	bytecode.Disassemble(&bb, &bytecode.Function{Code: b.Code, Consts: b.Consts, Sites: b.Sites, Handlers: b.Handlers, Lines: b.Lines, NRegs: b.NRegs})
	da, db := ba.String(), bb.String()
	if da != db || a.NRegs != b.NRegs || a.Flags != b.Flags || len(a.Funcs) != len(b.Funcs) {
		return fmt.Sprintf("function %q (regs %d/%d flags %#x/%#x):\n--- eager\n%s\n--- lazy\n%s", a.Name, a.NRegs, b.NRegs, a.Flags, b.Flags, da, db)
	}
	for i := range a.Funcs {
		if d := firstDiff(a.Funcs[i], b.Funcs[i]); d != "" {
			return d
		}
	}
	return ""
}

// TestLazyLoadFromSeveralGoroutines forces the deferred bodies of one
// program from several goroutines at once, as runtimes sharing it would
// (run it with -race): their compilations share the compiler's state.
func TestLazyLoadFromSeveralGoroutines(t *testing.T) {
	src := lazySnippets["nested deferred"] + "\n" + lazySnippets["tdz before and after"] + "\n" + lazySnippets["inferred names"]
	prog, err := parser.Parse(src, "x.js", parser.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := Script(prog, Options{Source: src, Lazy: true})
	if err != nil {
		t.Fatal(err)
	}
	if countDeferred(p.Main) == 0 {
		t.Fatal("nothing deferred")
	}
	var load func(f *bytecode.Function) error
	load = func(f *bytecode.Function) error {
		if err := f.Load(); err != nil {
			return err
		}
		for _, g := range f.Funcs {
			if err := load(g); err != nil {
				return err
			}
		}
		return nil
	}
	errs := make(chan error, 4)
	for range 4 {
		go func() { errs <- load(p.Main) }()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	if err := verifyAll(p); err != nil {
		t.Fatal(err)
	}
}
