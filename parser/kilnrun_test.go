//go:build kilnrun

package parser

import (
	"strings"
	"testing"
)

// TestRuntimeOnlyBuildRefusesWhatNeedsEsbuild checks that each entry point
// esbuild backs gives an error naming the file and what is missing.
func TestRuntimeOnlyBuildRefusesWhatNeedsEsbuild(t *testing.T) {
	cases := []struct {
		name string
		call func() error
		want string
	}{
		{"a TypeScript file", func() error { _, _, err := TransformLoader("let x: number = 1", "a.ts"); return err },
			"a.ts: kiln-run does not compile TypeScript or JSX"},
		{"lowering", func() error { _, _, err := Lower("a ?? b", "a.js", FeatureNullishCoalescing); return err },
			"a.js: kiln-run cannot lower syntax Kiln's compiler does not support yet (nullish-coalescing)"},
		{"a bundle", func() error { _, err := Bundle("/app/main.js"); return err },
			"/app/main.js: kiln-run does not bundle"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if err := c.call(); err == nil || !strings.HasPrefix(err.Error(), c.want) {
				t.Errorf("got %v, want an error starting %q", err, c.want)
			}
		})
	}
}
