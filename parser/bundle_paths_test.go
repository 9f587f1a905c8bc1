//go:build !kilnrun

package parser

import (
	"slices"
	"testing"
)

// TestPrologueEnd checks where the bundle's per-module declarations go:
// after a hashbang, a byte order mark and every directive, never between a
// string and the rest of an expression statement it starts.
func TestPrologueEnd(t *testing.T) {
	cases := []struct{ src, rest string }{
		{"x = 1", "x = 1"},
		{"'use strict'; x", " x"},
		{"'use strict'\nx", "\nx"},
		{"\"use strict\" // why\n;x", " // why\n;x"},
		{"/* c */ 'a'; \"b\";\nx", "\nx"},
		{"#!/usr/bin/env node\n'use strict';\nx", "\nx"},
		{"#!/usr/bin/env node\nx", "x"},
		{"\uFEFF'use strict';x", "x"},
		{"'a' + b; 'use strict'", "'a' + b; 'use strict'"},
		{"'use strict'; 'a'.length", " 'a'.length"},
		{"'unterminated", "'unterminated"},
		{"'use\\'strict';x", "x"},
		{"", ""},
	}
	for _, c := range cases {
		if got := c.src[prologueEnd(c.src):]; got != c.rest {
			t.Errorf("prologueEnd(%q) leaves %q, want %q", c.src, got, c.rest)
		}
	}
}

// TestUndeclaredCommonJSNames checks which of require, __dirname and
// __filename an ES module in a bundle is given as undefined: those it names
// and does not declare at its top level.
func TestUndeclaredCommonJSNames(t *testing.T) {
	cases := []struct {
		src  string
		want []string
	}{
		{"export const k = typeof require", []string{"require"}},
		{"console.log(__dirname, __filename, require)", []string{"require", "__dirname", "__filename"}},
		{"import { createRequire } from 'node:module'; const require = createRequire(import.meta.url); require('x')", nil},
		{"import require from 'x'; require()", nil},
		{"const __dirname = '.'; export default __filename", []string{"__filename"}},
		{"function f(require) { return require('x') }", []string{"require"}},
		{"export const a = 1", nil},
		{"let x: number = require", nil}, // not JavaScript: esbuild's bindings stay
	}
	for _, c := range cases {
		if got := undeclaredCommonJSNames(c.src, "m.mjs"); !slices.Equal(got, c.want) {
			t.Errorf("undeclaredCommonJSNames(%q) = %q, want %q", c.src, got, c.want)
		}
	}
}
