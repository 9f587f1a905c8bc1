//go:build !kilnrun

package parser

import (
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/evanw/esbuild/pkg/api"
)

// What __dirname, __filename and import.meta.url mean in a bundle.
//
// Node gives every module its own: the directory and path of its file. A
// bundle is one file, and esbuild leaves __dirname free (so every module
// saw the entry's directory) and, in CommonJS output, turns import.meta
// into {} (so import.meta.url was undefined): a package that reads a file
// beside it (sql.js its .wasm, a template engine its views) or makes a
// require with createRequire(import.meta.url) (prettier) broke once
// bundled; require.resolve resolved from the entry's directory too.
// modulePaths gives each bundled module that mentions them its own values
// again, the absolute paths of its source file at build time, as node
// running the sources sees them (and a require.resolve of its own, made by
// the banner's __kilnCreateRequire, which no module's own require can
// shadow): a bundle reads the same files node would, and a file missing
// where the app runs is an ENOENT naming the path it was read from.
//
// It does so without touching what esbuild parses beyond one statement:
// onLoad puts `;var __kiln_filename = "…", __kiln_dirname = "…",
// __kiln_meta_url = "…";` after the file's directive prologue (so "use
// strict" stays a directive; the `;` ends one written without), on the same line (so line numbers do not
// move), and the defines send the free names to these variables. A define
// only replaces an identifier nothing binds, so a module's own `const
// __dirname = …` stays its own; in a module wrapper the var is the
// wrapper's, and scope-hoisted ES modules get their copy renamed.
// fixSourceMap then takes the inserted text out of the map: the columns
// after it on its line move back, and the source text is the file's.

// The names the inserted declarations bind.
const (
	kilnFilename = "__kiln_filename"
	kilnDirname  = "__kiln_dirname"
	kilnMetaURL  = "__kiln_meta_url"
	kilnRequire  = "__kiln_require"
)

// modulePathDefines sends the free names to the declarations. (A function,
// not a package-level map: kiln initialises nothing before main.)
func modulePathDefines() map[string]string {
	return map[string]string{
		"__filename":           kilnFilename,
		"__dirname":            kilnDirname,
		"import.meta.url":      kilnMetaURL,
		"import.meta.filename": kilnFilename,
		"import.meta.dirname":  kilnDirname,
		"require.resolve":      kilnRequire + ".resolve",
	}
}

// insertion is where onLoad put a module's declarations and their text.
type insertion struct {
	at     int    // byte offset in the file
	prefix string // the text inserted there
	own    bool   // the module uses its own paths (Bundled.OwnPaths)
}

// modulePaths is the plugin, and the record of what it inserted for
// fixSourceMap.
type modulePaths struct {
	// isModule tells whether node loads a file as an ES module (nil: none).
	// esbuild loads files on goroutines of its own; calls are made one at a
	// time (under formatMu), so isModule may keep unsynchronised caches.
	isModule func(file string) bool
	formatMu sync.Mutex
	mu       sync.Mutex
	done     map[string]insertion // by absolute path
}

// esModule tells whether file loads as an ES module, calling isModule one
// caller at a time.
func (mp *modulePaths) esModule(file string) bool {
	if mp.isModule == nil {
		return false
	}
	mp.formatMu.Lock()
	defer mp.formatMu.Unlock()
	return mp.isModule(file)
}

// What an ES module is not given.
//
// In node an ES module has no require, __dirname or __filename: typeof
// says "undefined" (packages test `typeof require` to tell how they were
// loaded). In a bundle esbuild sends every free require to its __require,
// the bundle's one require (a function in either output format), and the
// defines send __dirname and __filename to the module's own paths. So an
// ES module that names one of them without declaring it gets a `var` of
// that name in the inserted statement: bound, it is neither __require nor
// defined, and it is undefined, as node's typeof sees it. (Used as a
// function it throws a TypeError where node's ReferenceError says it is not
// defined in ES module scope.) Whether the module declares the name itself
// (`const require = createRequire(import.meta.url)`, the usual way to get
// one) takes a parse: a second `var` of a `const` is a SyntaxError.
var commonJSNames = []string{"require", "__dirname", "__filename"}

// undeclaredCommonJSNames returns the commonJSNames that the ES module src
// mentions without declaring at its top level; nil when it cannot tell
// (Kiln's parser does not read TypeScript or JSX: such a module keeps
// esbuild's bindings).
func undeclaredCommonJSNames(src, file string) []string {
	var named []string
	for _, n := range commonJSNames {
		if strings.Contains(src, n) {
			named = append(named, n)
		}
	}
	if len(named) == 0 {
		return nil
	}
	prog, err := Parse(src, file, Options{Module: true})
	if err != nil {
		return nil
	}
	return slices.DeleteFunc(named, func(n string) bool {
		return slices.ContainsFunc(prog.Scope.Bindings, func(b *Binding) bool { return b.Name == n })
	})
}

func (mp *modulePaths) plugin() api.Plugin {
	return api.Plugin{Name: "kiln-module-paths", Setup: func(b api.PluginBuild) {
		b.OnLoad(api.OnLoadOptions{Filter: `\.([cm]?[jt]s|[jt]sx)$`, Namespace: "file"}, mp.load)
	}}
}

func (mp *modulePaths) load(args api.OnLoadArgs) (api.OnLoadResult, error) {
	data, err := os.ReadFile(args.Path)
	if err != nil {
		return api.OnLoadResult{}, err
	}
	src := string(data)
	var unbound []string
	esm := mp.esModule(args.Path)
	if esm {
		unbound = undeclaredCommonJSNames(src, args.Path)
	}
	declared := func(name string) bool { return !slices.Contains(unbound, name) }
	resolves := declared("require") && strings.Contains(src, "require.resolve")
	own := resolves || strings.Contains(src, "import.meta") ||
		declared("__dirname") && strings.Contains(src, "__dirname") ||
		declared("__filename") && strings.Contains(src, "__filename")
	if !own && len(unbound) == 0 {
		return api.OnLoadResult{}, nil // esbuild loads it as it would
	}
	loader := api.LoaderJS
	switch strings.ToLower(filepath.Ext(args.Path)) {
	case ".ts", ".mts", ".cts":
		loader = api.LoaderTS
	case ".tsx":
		loader = api.LoaderTSX
	case ".jsx":
		loader = api.LoaderJSX
	}
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(args.Path)}
	if !strings.HasPrefix(u.Path, "/") {
		u.Path = "/" + u.Path // a Windows path: file:///C:/...
	}
	decls := slices.Clone(unbound)
	if own {
		decls = append(decls, kilnFilename+" = "+jsString(args.Path),
			kilnDirname+" = "+jsString(filepath.Dir(args.Path)),
			kilnMetaURL+" = "+jsString(u.String()))
	}
	if resolves {
		decls = append(decls, kilnRequire+" = __kilnCreateRequire("+kilnFilename+")")
	}
	ins := insertion{at: prologueEnd(src), prefix: ";var " + strings.Join(decls, ", ") + "; ", own: own}
	mp.mu.Lock()
	mp.done[args.Path] = ins
	mp.mu.Unlock()
	out := src[:ins.at] + ins.prefix + src[ins.at:]
	return api.OnLoadResult{Contents: &out, Loader: loader, ResolveDir: filepath.Dir(args.Path)}, nil
}

// fixSourceMap takes what load inserted out of sm, whose Sources are
// absolute paths.
func (mp *modulePaths) fixSourceMap(sm *SourceMap) {
	for i, s := range sm.Sources {
		ins, ok := mp.done[s]
		if !ok || i >= len(sm.SourcesContent) || !strings.HasPrefix(sm.SourcesContent[i][min(ins.at, len(sm.SourcesContent[i])):], ins.prefix) {
			continue
		}
		text := sm.SourcesContent[i]
		sm.SourcesContent[i] = text[:ins.at] + text[ins.at+len(ins.prefix):]
		line := int32(strings.Count(text[:ins.at], "\n"))
		col := int32(utf16Len(text[strings.LastIndexByte(text[:ins.at], '\n')+1 : ins.at]))
		n := int32(utf16Len(ins.prefix))
		for _, segs := range sm.lines {
			for j := range segs {
				if m := &segs[j]; m.Source == int32(i) && m.OrigLine == line && m.OrigCol >= col {
					m.OrigCol = max(col, m.OrigCol-n) // code of the declarations maps to where they stand
				}
			}
		}
	}
}

// jsString is s as a JavaScript string literal.
func jsString(s string) string {
	b, _ := json.Marshal(s) // a string always marshals
	return string(b)
}

// prologueEnd returns the byte offset just after src's hashbang line, byte
// order mark and directive prologue ("use strict"; and the like): where a
// statement can go without making a directive an expression.
func prologueEnd(src string) int {
	i := 0
	if strings.HasPrefix(src, "\uFEFF") {
		i = len("\uFEFF")
	}
	if strings.HasPrefix(src[i:], "#!") {
		nl := strings.IndexByte(src[i:], '\n')
		if nl < 0 {
			return len(src)
		}
		i += nl + 1
	}
	end := i
	for {
		i = skipSpaceAndComments(src, i, true)
		if i >= len(src) || src[i] != '"' && src[i] != '\'' {
			return end
		}
		q := src[i]
		j := i + 1
		for j < len(src) && src[j] != q && src[j] != '\n' {
			if src[j] == '\\' {
				j++
			}
			j++
		}
		if j >= len(src) || src[j] != q {
			return end
		}
		j++
		// A directive is the whole statement: `;`, a line break, `}` or the
		// end follows it; anything else ("a" + b) makes it an expression.
		k := skipSpaceAndComments(src, j, false)
		switch {
		case k < len(src) && src[k] == ';':
			end = k + 1
		case k >= len(src) || src[k] == '\n' || src[k] == '\r':
			end = j
		default:
			return end
		}
		i = end
	}
}

// skipSpaceAndComments returns the offset of the first byte at or after i
// that is not white space or inside a comment; with newlines false it stops
// at a line break outside a block comment.
func skipSpaceAndComments(src string, i int, newlines bool) int {
	for i < len(src) {
		switch {
		case src[i] == ' ' || src[i] == '\t' || src[i] == '\v' || src[i] == '\f':
			i++
		case src[i] == '\n' || src[i] == '\r':
			if !newlines {
				return i
			}
			i++
		case strings.HasPrefix(src[i:], "//"):
			nl := strings.IndexAny(src[i:], "\r\n")
			if nl < 0 {
				return len(src)
			}
			i += nl
		case strings.HasPrefix(src[i:], "/*"):
			e := strings.Index(src[i+2:], "*/")
			if e < 0 {
				return len(src)
			}
			i += 2 + e + 2
		default:
			return i
		}
	}
	return i
}
