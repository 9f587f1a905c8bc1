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
	return transform(src, filename, api.LoaderJS, supported, "", api.FormatDefault)
}

// TransformLoader compiles TypeScript or JSX source (.ts .tsx .jsx .mts
// .cts) to JavaScript; JSX uses React.createElement. Its import and export
// statements stay as they are.
func TransformLoader(src, filename string) (code string, sm *SourceMap, err error) {
	loader, err := loaderFor(filename)
	if err != nil {
		return "", nil, err
	}
	// Decorators are lowered here: Kiln's parser does not read them. Which
	// kind (TypeScript's experimentalDecorators or the standard ones) and
	// the other settings that change emitted code come from the file's
	// tsconfig.json, as tsc, tsx and ts-node take them.
	return transform(src, filename, loader, map[string]bool{"decorators": false}, TsconfigFor(filename), api.FormatDefault)
}

// TransformLoaderCommonJS is TransformLoader for a file that runs as
// CommonJS: its import and export statements become require calls and
// exports, as tsc's "module": "commonjs" output (and tsx and ts-node) make
// them, with esbuild's annotation of the export names for ES modules that
// import the file.
func TransformLoaderCommonJS(src, filename string) (code string, sm *SourceMap, err error) {
	loader, err := loaderFor(filename)
	if err != nil {
		return "", nil, err
	}
	return transform(src, filename, loader, map[string]bool{"decorators": false}, TsconfigFor(filename), api.FormatCommonJS)
}

func loaderFor(filename string) (api.Loader, error) {
	switch strings.ToLower(filepath.Ext(filename)) {
	case ".ts", ".mts", ".cts":
		return api.LoaderTS, nil
	case ".tsx":
		return api.LoaderTSX, nil
	case ".jsx":
		return api.LoaderJSX, nil
	}
	return 0, fmt.Errorf("parser: no loader for %q", filename)
}

func transform(src, filename string, loader api.Loader, supported map[string]bool, tsconfig string, format api.Format) (string, *SourceMap, error) {
	opts := api.TransformOptions{
		Loader:        loader,
		Sourcefile:    filename,
		Sourcemap:     api.SourceMapExternal,
		Supported:     supported,
		Format:        format,
		JSX:           api.JSXTransform,
		JSXFactory:    "React.createElement",
		JSXFragment:   "React.Fragment",
		LegalComments: api.LegalCommentsInline,
		TsconfigRaw:   tsconfig,
	}
	if format == api.FormatCommonJS {
		// Node as the platform makes esbuild annotate the export names.
		opts.Platform = api.PlatformNode
	}
	res := api.Transform(src, opts)
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
	sm.JSON = res.Map
	return string(res.Code), sm, nil
}
