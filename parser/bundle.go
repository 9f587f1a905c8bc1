//go:build !kilnrun

package parser

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// Bundle has esbuild resolve and inline everything entry requires or
// imports, as one CommonJS file for Node (built-in modules stay external).
// Positions in the result count in the bundle; BundleWithMap also gives
// the way back to the files as written.
func Bundle(entry string) (string, error) {
	b, err := BundleWithMap(entry, nil)
	if err != nil {
		return "", err
	}
	return b.Code, nil
}

// Bundled is what BundleWithMap makes.
type Bundled struct {
	Code string
	Map  *SourceMap
	// OwnPaths are the bundled files (absolute, sorted) that use their own
	// __dirname, __filename, import.meta.url or require.resolve, whose
	// values the bundle keeps as they are at build time.
	OwnPaths []string
}

// The banners give the modules' require.resolve (bundle_paths.go) a
// createRequire no module's own bindings can shadow, and an ES module
// bundle the require esbuild's __require calls for the built-in modules
// CommonJS code in it requires.
const (
	cjsBanner = `function __kilnCreateRequire(f) { return require("node:module").createRequire(f); }`
	esmBanner = `import { createRequire as __kilnCreateRequire } from "node:module"; var require = __kilnCreateRequire(import.meta.url);`
)

// BundleWithMap is Bundle plus the source map from the bundle to the files
// it was made from: Sources are absolute paths (esbuild writes them
// relative to the output file) and SourcesContent holds their text, so
// errors can quote a line of a file the app no longer runs beside.
//
// isModule tells whether node loads a file as an ES module (nil: none
// is; esbuild loads files in parallel, but isModule is called one file at
// a time). When the entry is one, the bundle is an ES module, as top-level
// await needs; otherwise it is CommonJS. Either way each module keeps its
// own __dirname, __filename and import.meta.url, and an ES module has no
// require, __dirname or __filename (see bundle_paths.go).
func BundleWithMap(entry string, isModule func(file string) bool) (*Bundled, error) {
	esm := isModule != nil && isModule(entry)
	dir := filepath.Dir(entry)
	// Nothing is written: the output name only anchors the map's relative
	// source paths in the entry's directory.
	out := filepath.Join(dir, strings.TrimSuffix(filepath.Base(entry), filepath.Ext(entry))+".bundle.js")
	format, banner := api.FormatCommonJS, cjsBanner
	if esm {
		format, banner = api.FormatESModule, esmBanner
	}
	paths := &modulePaths{isModule: isModule, done: map[string]insertion{}}
	res := api.Build(api.BuildOptions{
		EntryPoints:   []string{entry},
		Bundle:        true,
		Platform:      api.PlatformNode,
		Format:        format,
		Banner:        map[string]string{"js": banner},
		Define:        modulePathDefines(),
		Plugins:       []api.Plugin{paths.plugin(), nativeAddons},
		Target:        api.ESNext,
		Charset:       api.CharsetUTF8,
		LegalComments: api.LegalCommentsNone,
		LogLevel:      api.LogLevelSilent,
		AbsWorkingDir: dir,
		Outfile:       out,
		Sourcemap:     api.SourceMapExternal,
		Write:         false,
	})
	if len(res.Errors) > 0 {
		m := res.Errors[0]
		if l := m.Location; l != nil {
			return nil, fmt.Errorf("%s:%d:%d: %s", l.File, l.Line, l.Column+1, m.Text)
		}
		return nil, fmt.Errorf("%s: %s", entry, m.Text)
	}
	var js, mapData []byte
	for _, f := range res.OutputFiles {
		switch {
		case strings.HasSuffix(f.Path, ".map") && mapData == nil:
			mapData = f.Contents
		case js == nil:
			js = f.Contents
		default:
			return nil, fmt.Errorf("%s: bundling gave %d output files, want a script and its map", entry, len(res.OutputFiles))
		}
	}
	if js == nil || mapData == nil {
		return nil, fmt.Errorf("%s: bundling gave %d output files, want a script and its map", entry, len(res.OutputFiles))
	}
	sm, err := ParseSourceMap(mapData)
	if err != nil {
		return nil, fmt.Errorf("parser: esbuild source map for %s: %w", entry, err)
	}
	for i, s := range sm.Sources {
		// Sources esbuild makes up ("<define:X>", "ns:path") are not paths.
		if !filepath.IsAbs(s) && !strings.ContainsAny(s, "<:") {
			sm.Sources[i] = filepath.Join(dir, filepath.FromSlash(s))
		}
	}
	paths.fixSourceMap(sm)
	own := make([]string, 0, len(paths.done))
	for p, ins := range paths.done {
		if ins.own {
			own = append(own, p)
		}
	}
	slices.Sort(own)
	return &Bundled{Code: string(js), Map: sm, OwnPaths: own}, nil
}

// nativeAddons leaves a require of a native addon (a .node file) to run
// time, by the absolute path of the file when it is relative: esbuild has no
// loader for them, so one package with an optional native dependency (ws's
// bufferutil, in a try/catch) stopped the whole build. At run time Kiln,
// which has no N-API, throws ERR_DLOPEN_FAILED naming the file, and a
// package that falls back to JavaScript does.
var nativeAddons = api.Plugin{Name: "kiln-native-addons", Setup: func(b api.PluginBuild) {
	b.OnResolve(api.OnResolveOptions{Filter: `\.node$`}, func(args api.OnResolveArgs) (api.OnResolveResult, error) {
		p := args.Path
		if strings.HasPrefix(p, "./") || strings.HasPrefix(p, "../") {
			p = filepath.Join(args.ResolveDir, filepath.FromSlash(p))
		}
		return api.OnResolveResult{Path: p, External: true}, nil
	})
}}
