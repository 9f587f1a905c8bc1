//go:build !kilnrun

package parser

import "testing"

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
