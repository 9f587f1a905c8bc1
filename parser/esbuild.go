//go:build !kilnrun

package parser

// esbuild is Kiln's front end for what the native parser does not handle:
// TypeScript/JSX loaders and lowering of syntax the compiler does not support
// yet (DESIGN.md "parser: esbuild plus Kiln's own parser"). Its output is
// parsed again by Parse; the source map it returns maps positions in that
// output back to the user's file.

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// BuildTools says whether this build has esbuild's loaders, lowering and
// bundler; kiln-run, the runtime-only build (tag kilnrun), leaves them out.
const BuildTools = true

// Lower runs esbuild over plain JavaScript so that every feature in
// unsupported is rewritten into syntax the compiler supports. The format
// (script or module) is preserved and nothing is minified.
func Lower(src, filename string, unsupported Features) (code string, sm *SourceMap, err error) {
	supported := map[string]bool{}
	for _, name := range unsupported.EsbuildNames() {
		supported[name] = false
	}
	return transform(src, filename, api.LoaderJS, supported)
}

// TransformLoader compiles TypeScript or JSX source (.ts .tsx .jsx .mts
// .cts) to JavaScript; JSX uses React.createElement.
func TransformLoader(src, filename string) (code string, sm *SourceMap, err error) {
	var loader api.Loader
	switch strings.ToLower(filepath.Ext(filename)) {
	case ".ts", ".mts", ".cts":
		loader = api.LoaderTS
	case ".tsx":
		loader = api.LoaderTSX
	case ".jsx":
		loader = api.LoaderJSX
	default:
		return "", nil, fmt.Errorf("parser: no loader for %q", filename)
	}
	return transform(src, filename, loader, nil)
}

func transform(src, filename string, loader api.Loader, supported map[string]bool) (string, *SourceMap, error) {
	res := api.Transform(src, api.TransformOptions{
		Loader:        loader,
		Sourcefile:    filename,
		Sourcemap:     api.SourceMapExternal,
		Supported:     supported,
		Format:        api.FormatDefault,
		JSX:           api.JSXTransform,
		JSXFactory:    "React.createElement",
		JSXFragment:   "React.Fragment",
		LegalComments: api.LegalCommentsInline,
	})
	if len(res.Errors) > 0 {
		m := res.Errors[0]
		se := &SyntaxError{Msg: m.Text, File: filename}
		if loc := m.Location; loc != nil {
			se.Line = loc.Line
			se.Column = utf16Len(loc.LineText[:min(loc.Column, len(loc.LineText))])
			if loc.File != "" {
				se.File = loc.File
			}
		}
		return "", nil, se
	}
	sm, err := ParseSourceMap(res.Map)
	if err != nil {
		return "", nil, fmt.Errorf("parser: esbuild source map for %s: %w", filename, err)
	}
	return string(res.Code), sm, nil
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}
