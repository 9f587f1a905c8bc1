//go:build !kilnrun

package parser

import (
	"net/url"
	"os"
	"path/filepath"
	"sync"
)

// tsconfigs caches, per directory, the text of the tsconfig.json that
// governs its files ("" for none): the nearest one up the tree, as tsc
// finds it.
var tsconfigs sync.Map

// TsconfigFor returns the text of the tsconfig.json that governs a
// TypeScript or JSX file (a path or a file: URL), "" for none: what
// esbuild's TsconfigRaw reads compilerOptions from (experimentalDecorators,
// useDefineForClassFields, jsx, verbatimModuleSyntax...; an "extends" chain
// is not followed), and part of the file's compile-cache key.
func TsconfigFor(filename string) string {
	// ES modules are compiled under their URLs.
	if u, err := url.Parse(filename); err == nil && u.Scheme == "file" {
		p := u.Path
		if len(p) > 2 && p[0] == '/' && p[2] == ':' {
			p = p[1:] // file:///C:/dir on Windows
		}
		filename = filepath.FromSlash(p)
	}
	dir := filepath.Dir(filename)
	if !filepath.IsAbs(dir) {
		return ""
	}
	if v, ok := tsconfigs.Load(dir); ok {
		return v.(string)
	}
	text := ""
	if data, err := os.ReadFile(filepath.Join(dir, "tsconfig.json")); err == nil {
		text = string(data)
	} else if parent := filepath.Dir(dir); parent != dir {
		text = TsconfigFor(filepath.Join(parent, "x"))
	}
	tsconfigs.Store(dir, text)
	return text
}
