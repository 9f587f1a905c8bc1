package parser

import (
	"testing"
	"time"
)

// FuzzParse checks that Parse returns a program or a *SyntaxError for any
// input, never panics, and stays within a generous time bound.
func FuzzParse(f *testing.F) {
	seeds := []string{
		"", "a", "var a = 1", "let [a, ...b] = c", "({a = 1} = b)", "(a, b) => a", "async x => await x",
		"function* g() { yield* x }", "class A extends B { #x; static { } get y() { return this.#x } }",
		"a?.b?.[c]?.(d)", "`a${b}c`", "tag`\\u`", "/re[/]/g", "x = y / z", "a ?? b", "a ||= b",
		"for (const x of y) ;", "for await (x of y) ;", "label: for (;;) continue label",
		"try {} catch {} finally {}", "switch (a) { case 1: default: }", "with (a) b", "0x1fn + 1_000",
		"'use strict'; 010", "\"\\u{10FFFF}\"", "import x from 'y'", "export * as z from 'w'",
		"new.target", "super.x", "import.meta", "#!/bin/sh\nx", "<!-- html\nx", "a\u2028b",
		"((((((a))))))", "[[[[[]]]]]", "{{{{{}}}}}", "x => y => z => 0", "async function* f() {}",
		"if (a) function f() {}", "let\nlet", "yield\n* 1", "a\n++b", "({get a() {}, set a(v) {}})",
	}
	for _, s := range seeds {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, src string, module bool) {
		start := time.Now()
		prog, err := Parse(src, "fuzz.js", Options{Module: module})
		if err != nil {
			if _, ok := err.(*SyntaxError); !ok {
				t.Fatalf("Parse(%q) returned %T %v, want *SyntaxError", src, err, err)
			}
		} else if prog == nil {
			t.Fatalf("Parse(%q) returned neither a program nor an error", src)
		}
		if d := time.Since(start); d > 10*time.Second {
			t.Fatalf("Parse(%q) took %v", src, d)
		}
	})
}
