package stdlib

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/kilnjs/kiln/internal/sysfile"
	"github.com/kilnjs/kiln/vm"
)

// Node's module resolution, shared by require() and import: package.json
// "exports" and "imports" with conditions, self-references, node_modules
// lookup, the legacy "main" field, and the module format of a file (the
// "type" field, .mjs/.cjs). The algorithms follow Node's documentation of
// its resolver (ESM_RESOLVE, PACKAGE_RESOLVE and friends in the ES modules
// page; LOAD_NODE_MODULES and LOAD_PACKAGE_EXPORTS in the modules page).
// Errors are *resolveError values carrying Node's code; the caller turns
// them into JavaScript errors of its flavour.

// resolveError is a resolution failure with Node's error code.
type resolveError struct {
	code, msg string
}

func (e *resolveError) Error() string { return e.msg }

// notExportedError is ERR_PACKAGE_PATH_NOT_EXPORTED, with where node's
// resolver throws it, for the frames of its stack (loader_frames.go).
type notExportedError struct {
	resolveError
	// keyMatched says the subpath matched a key of "exports" (exactly, or
	// a pattern) whose target is null, rather than no key.
	keyMatched, pattern bool
	self                bool // a package importing itself by name
}

// missingFileError is ERR_MODULE_NOT_FOUND for a file the ES loader
// resolved a specifier to, or ERR_UNSUPPORTED_DIR_IMPORT for a folder,
// which node's error also names by its URL.
type missingFileError struct {
	resolveError
	url string
}

// Condition sets: what require() and import match in "exports" and
// "imports" (Node v20 with require(esm)).
var (
	requireConditions = []string{"require", "node", "node-addons", "module-sync", "default"}
	importConditions  = []string{"import", "node", "node-addons", "module-sync", "default"}
)

// pkgJSON is the part of a package.json resolution reads.
type pkgJSON struct {
	dir     string
	name    string
	main    string
	typ     string
	exports any // string, []any, *jsonObject or nil
	imports any
	hasExp  bool
}

// jsonObject is a JSON object that keeps its key order, which "exports"
// conditions depend on.
type jsonObject struct {
	keys []string
	vals map[string]any
}

// pkgConfigError is a package.json that is not JSON. Node reports it
// differently to require() (a SyntaxError naming the file) and to import
// (ERR_INVALID_PACKAGE_CONFIG naming the importer); both quote JSON.parse's
// message for the text.
type pkgConfigError struct {
	path string
	text []byte
}

func (e *pkgConfigError) Error() string { return "Error parsing " + e.path }

// readPackage returns the package.json in dir, nil when there is none.
func (m *moduleSystem) readPackage(dir string) (*pkgJSON, error) {
	if p, ok := m.pkgCache[dir]; ok {
		return p, nil
	}
	path := filepath.Join(dir, "package.json")
	data, err := sysfile.ReadFile(path)
	if err != nil {
		m.pkgCache[dir] = nil
		return nil, nil
	}
	f, ok := parsePackageJSON(data)
	if !ok {
		return nil, &pkgConfigError{path: path, text: data}
	}
	p := &pkgJSON{dir: dir, name: f.name, main: f.main, typ: f.typ, exports: f.exports, imports: f.imports, hasExp: f.hasExp}
	m.pkgCache[dir] = p
	return p, nil
}

// jsonParseMessage is JSON.parse's message for text, which is not JSON.
func (m *moduleSystem) jsonParseMessage(text []byte) string {
	rt := m.n.VM
	src := strings.TrimPrefix(string(text), "\uFEFF")
	exc := rt.Try(func() {
		rt.Call(rt.GetS(rt.GetS(rt.Global(), "JSON"), "parse"), vm.Undefined, rt.NewString(src))
	})
	if exc == nil || !exc.Value.IsObject() {
		return "Unexpected token in JSON"
	}
	return rt.ToGoString(rt.GetS(exc.Value, "message"))
}

// packageScope returns the nearest package.json at or above dir (stopping
// at a node_modules folder), nil when there is none.
func (m *moduleSystem) packageScope(dir string) *pkgJSON {
	for d := dir; ; d = filepath.Dir(d) {
		if filepath.Base(d) == "node_modules" {
			return nil
		}
		if p, _ := m.readPackage(d); p != nil {
			return p
		}
		if filepath.Dir(d) == d {
			return nil
		}
	}
}

// Module formats.
const (
	formatCommonJS = "commonjs"
	formatModule   = "module"
	formatJSON     = "json"
	formatBuiltin  = "builtin"
	// formatAddon is a native addon (.node), which Kiln cannot load.
	formatAddon = "addon"
	// formatAmbiguous is a .js file in a package without "type": CommonJS
	// unless its syntax is only valid in a module (Node's detection).
	formatAmbiguous = "ambiguous"
)

// formatOf is the module format of a file by its extension and package.
func (m *moduleSystem) formatOf(file string) string {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".mjs", ".mts":
		return formatModule
	case ".cjs", ".cts":
		return formatCommonJS
	case ".json":
		return formatJSON
	case ".node":
		return formatAddon
	case ".js", ".ts", ".tsx", ".jsx", "":
		if p := m.packageScope(filepath.Dir(file)); p != nil {
			switch p.typ {
			case "module":
				return formatModule
			case "commonjs":
				return formatCommonJS
			}
		}
		if m.n != nil && m.n.opts.defaultTypeModule(file) {
			return formatModule
		}
		return formatAmbiguous
	}
	return formatCommonJS
}

// splitPackage splits a bare specifier into its package name and the
// "./sub/path" (or ".") inside it.
func splitPackage(spec string) (name, sub string, ok bool) {
	parts := strings.SplitN(spec, "/", 3)
	if strings.HasPrefix(spec, "@") {
		if len(parts) < 2 || parts[1] == "" {
			return "", "", false
		}
		name = parts[0] + "/" + parts[1]
	} else {
		name = parts[0]
	}
	if name == "" || strings.HasPrefix(name, ".") || strings.ContainsAny(name, "\\%") {
		return "", "", false
	}
	return name, "." + spec[len(name):], true
}

// resolvePackage is PACKAGE_RESOLVE for a bare specifier from dir. It
// returns the file, or "" with a nil error when a CommonJS lookup should
// go on (no such package anywhere).
func (m *moduleSystem) resolvePackage(spec, dir string, conds []string, esm bool, from string) (string, error) {
	name, sub, ok := splitPackage(spec)
	if !ok {
		return "", &resolveError{"ERR_INVALID_MODULE_SPECIFIER", fmt.Sprintf("Invalid module \"%s\" is not a valid package name imported from %s", spec, from)}
	}
	// A package may import itself by name through its own "exports".
	// require() names no importer in "not exported" messages.
	exportsFrom := from
	if !esm {
		exportsFrom = ""
	}
	if p := m.packageScope(dir); p != nil && p.name == name && p.hasExp && p.exports != nil {
		// node's require() resolves a self-reference with the ES
		// resolver (trySelf), which names the importer.
		r, err := m.exportsResolve(p, sub, conds, from)
		if ne, ok := err.(*notExportedError); ok {
			ne.self = true
		}
		if err == nil && !esm {
			return m.requireTarget(r, p)
		}
		return r, err
	}
	// inDir looks for the package in folder pdir; done says the search
	// ends there.
	inDir := func(pdir string) (r string, done bool, err error) {
		if st, err := os.Stat(pdir); err != nil || !st.IsDir() {
			return "", false, nil
		}
		p, err := m.readPackage(pdir)
		if pe, ok := err.(*pkgConfigError); ok && esm {
			return "", true, &resolveError{"ERR_INVALID_PACKAGE_CONFIG", fmt.Sprintf("Invalid package config %s while importing %s from %s. %s", pe.path, strconv.Quote(spec), from, m.jsonParseMessage(pe.text))}
		}
		if err != nil {
			return "", true, err
		}
		if p != nil && p.hasExp && p.exports != nil {
			r, err := m.exportsResolve(p, sub, conds, exportsFrom)
			if err == nil && !esm {
				r, err = m.requireTarget(r, p)
			}
			return r, true, err
		}
		if sub == "." || !esm {
			r, err := m.resolveFileFor(filepath.Join(pdir, filepath.FromSlash(sub)), esm, dirRequest(spec))
			if fatalResolve(err) && !esm {
				return "", true, err
			}
			if err != nil && esm {
				// import stops at the first folder of that name, naming
				// what its legacy "main" resolution looked for last.
				want := filepath.Join(pdir, "index.js")
				if p != nil && p.main != "" {
					want = filepath.Join(pdir, p.main)
				}
				return "", true, &resolveError{"ERR_MODULE_NOT_FOUND", fmt.Sprintf("Cannot find package '%s' imported from %s", want, from)}
			}
			return r, err == nil, nil
		}
		// import: the subpath is a URL relative to the package.json (a
		// trailing slash kept, for a directory import), and the module
		// key keeps its query and fragment.
		u := parseURL(sub, parseURL(fileURL(filepath.Join(pdir, "package.json")), nil))
		if u == nil {
			return "", true, &resolveError{"ERR_INVALID_URL", "Invalid URL"}
		}
		if r, err = fileOfURL(u, from); err != nil {
			return "", true, err
		}
		if suffix := urlSuffix(u); suffix != "" {
			r += keySep + suffix
		}
		return r, true, nil
	}
	for d := dir; ; d = filepath.Dir(d) {
		if filepath.Base(d) != "node_modules" {
			if r, done, err := inDir(filepath.Join(d, "node_modules", name)); done {
				return r, err
			}
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	if !esm {
		// require() goes on in the global folders (NODE_PATH's first),
		// which hold packages themselves rather than a node_modules.
		for _, g := range m.globalFolders() {
			if abs, err := filepath.Abs(g); err == nil {
				if r, done, err := inDir(filepath.Join(abs, name)); done {
					return r, err
				}
			}
		}
	}
	if esm {
		return "", &resolveError{"ERR_MODULE_NOT_FOUND", fmt.Sprintf("Cannot find package '%s' imported from %s", name, from)}
	}
	return "", nil
}

// globalFolders are the folders require() looks for a package in after
// the node_modules chain, as node's Module.globalPaths at startup: the
// entries of NODE_PATH, then ~/.node_modules, ~/.node_libraries and
// <prefix>/lib/node.
func (m *moduleSystem) globalFolders() []string {
	if m.globals != nil {
		return m.globals
	}
	env := m.n.opts.Env
	if env == nil {
		env = os.Environ()
	}
	getenv := func(k string) string {
		for _, kv := range env {
			if v, ok := strings.CutPrefix(kv, k+"="); ok {
				return v
			}
		}
		return ""
	}
	m.globals = []string{}
	for _, p := range filepath.SplitList(getenv("NODE_PATH")) {
		if p != "" {
			m.globals = append(m.globals, p)
		}
	}
	home := getenv("HOME")
	if filepath.Separator == '\\' {
		home = getenv("USERPROFILE")
	}
	if home != "" {
		m.globals = append(m.globals, filepath.Join(home, ".node_modules"), filepath.Join(home, ".node_libraries"))
	}
	m.globals = append(m.globals, filepath.Join(filepath.Dir(filepath.Dir(m.n.execPath())), "lib", "node"))
	return m.globals
}

// exportsResolve is PACKAGE_EXPORTS_RESOLVE.
func (m *moduleSystem) exportsResolve(p *pkgJSON, sub string, conds []string, from string) (string, error) {
	exp := p.exports
	pj := filepath.Join(p.dir, "package.json")
	if o, ok := exp.(*jsonObject); ok {
		dots := 0
		for _, k := range o.keys {
			if strings.HasPrefix(k, ".") {
				dots++
			}
		}
		if dots != 0 && dots != len(o.keys) {
			return "", &resolveError{"ERR_INVALID_PACKAGE_CONFIG", fmt.Sprintf("Invalid package config %s. \"exports\" cannot contain some keys starting with '.' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.", pj)}
		}
		if dots == 0 {
			exp = &jsonObject{keys: []string{"."}, vals: map[string]any{".": exp}}
		}
	} else {
		exp = &jsonObject{keys: []string{"."}, vals: map[string]any{".": exp}}
	}
	r, res, err := m.importsExportsResolve(sub, exp.(*jsonObject), p, conds, false, from)
	if err != nil {
		return "", err
	}
	if res != targetFound {
		what := "subpath '" + sub + "' is"
		if sub == "." {
			what = "\"exports\" main"
		}
		msg := fmt.Sprintf("Package %s not defined by \"exports\" in %s", what, pj)
		if sub == "." {
			msg = fmt.Sprintf("No \"exports\" main defined in %s", pj)
		}
		if from != "" {
			msg += " imported from " + from
		}
		k, _, exact := matchImportsExports(sub, exp.(*jsonObject))
		return "", &notExportedError{resolveError: resolveError{"ERR_PACKAGE_PATH_NOT_EXPORTED", msg},
			keyMatched: k != "", pattern: !exact}
	}
	return r, nil
}

// importsResolve is PACKAGE_IMPORTS_RESOLVE for a "#name" specifier.
func (m *moduleSystem) importsResolve(spec, dir string, conds []string, esm bool, from string) (string, error) {
	notDefined := func(p *pkgJSON) error {
		where := ""
		if p != nil {
			where = " in package " + filepath.Join(p.dir, "package.json")
		}
		return &resolveError{"ERR_PACKAGE_IMPORT_NOT_DEFINED", fmt.Sprintf("Package import specifier \"%s\" is not defined%s imported from %s", spec, where, from)}
	}
	if spec == "#" || strings.HasPrefix(spec, "#/") || strings.HasSuffix(spec, "/") {
		return "", &resolveError{"ERR_INVALID_MODULE_SPECIFIER", fmt.Sprintf("Invalid module \"%s\" is not a valid internal imports specifier name imported from %s", spec, from)}
	}
	p := m.packageScope(dir)
	if p == nil {
		return "", notDefined(nil)
	}
	o, ok := p.imports.(*jsonObject)
	if !ok {
		return "", notDefined(p)
	}
	r, res, err := m.importsExportsResolve(spec, o, p, conds, true, from)
	if err != nil {
		return "", err
	}
	if res != targetFound {
		return "", notDefined(p)
	}
	if strings.HasPrefix(r, "\x00bare:") {
		bare := strings.TrimPrefix(r, "\x00bare:")
		if m.isBuiltin(bare) {
			return "node:" + strings.TrimPrefix(bare, "node:"), nil
		}
		// node resolves it as imported by the package.json; require()
		// says so when that finds nothing, naming spec, without a stack.
		r, err := m.resolvePackage(bare, p.dir, conds, esm, filepath.Join(p.dir, "package.json"))
		if r == "" && err == nil && !esm {
			return "", &targetMissingError{file: spec}
		}
		return r, err
	}
	if !esm {
		return m.requireTarget(r, p)
	}
	return r, nil
}

// requireTarget is node's finalizeEsmResolution for require(): the file an
// "exports" or "imports" target names must be there, as it is named (no
// extension or index is tried).
func (m *moduleSystem) requireTarget(file string, p *pkgJSON) (string, error) {
	if st, err := os.Stat(file); err == nil && !st.IsDir() {
		return file, nil
	}
	return "", &targetMissingError{file: file, pkgJSON: filepath.Join(p.dir, "package.json")}
}

// targetMissingError is a file that an "exports" or "imports" target names
// for require() and that is not there (or the "#name" whose package target
// is nowhere): MODULE_NOT_FOUND naming it, with the package.json as its
// path when known and (as node's) no require stack.
type targetMissingError struct {
	file, pkgJSON string
}

func (e *targetMissingError) Error() string { return "Cannot find module '" + e.file + "'" }

// targetResult is what PACKAGE_TARGET_RESOLVE found: a target, a null
// target (which ends an array's fallbacks without an error), or nothing
// (no condition matched).
type targetResult int

const (
	targetNone targetResult = iota
	targetNull
	targetFound
)

// importsExportsResolve is PACKAGE_IMPORTS_EXPORTS_RESOLVE: an exact key,
// else the best "*" pattern (the longest prefix before the star).
func (m *moduleSystem) importsExportsResolve(key string, o *jsonObject, p *pkgJSON, conds []string, isImports bool, from string) (string, targetResult, error) {
	k, match, exact := matchImportsExports(key, o)
	if k == "" {
		return "", targetNone, nil
	}
	t := &packageTarget{m: m, p: p, key: k, request: key, match: match, pattern: !exact, isImports: isImports, conds: conds, from: from}
	return t.resolve(o.vals[k])
}

// matchImportsExports finds the key of an "imports" or "exports" object
// that key resolves through: key itself (exact, when it holds no "*" and
// does not end in "/"), else the best "*" pattern and the part of key its
// star matches. It returns "" when none does.
func matchImportsExports(key string, o *jsonObject) (k, match string, exact bool) {
	if _, ok := o.vals[key]; ok && !strings.Contains(key, "*") && !strings.HasSuffix(key, "/") {
		return key, "", true
	}
	best, bestMatch := "", ""
	for _, k := range o.keys {
		star := strings.Index(k, "*")
		if star < 0 || strings.Count(k, "*") != 1 {
			continue
		}
		prefix, suffix := k[:star], k[star+1:]
		if strings.HasPrefix(key, prefix) && len(key) >= len(k) && strings.HasSuffix(key, suffix) {
			if patternKeyLess(best, k) {
				best, bestMatch = k, key[len(prefix):len(key)-len(suffix)]
			}
		}
	}
	return best, bestMatch, false
}

// patternKeyLess is PATTERN_KEY_COMPARE: whether b is a better match than a.
func patternKeyLess(a, b string) bool {
	if a == "" {
		return true
	}
	ai, bi := strings.Index(a, "*"), strings.Index(b, "*")
	if bi != ai {
		return bi > ai
	}
	return len(b) > len(a)
}

// packageTarget is one PACKAGE_TARGET_RESOLVE: the key of "exports" or
// "imports" that request matched, and for a pattern key the part its star
// matched.
type packageTarget struct {
	m                  *moduleSystem
	p                  *pkgJSON
	key, request       string
	match              string
	pattern, isImports bool
	conds              []string
	from               string
}

// resolve is PACKAGE_TARGET_RESOLVE for target (a string, array, condition
// object or null). A string target is a URL relative to the package.json,
// resolved as node resolves it (so a matched "%61" is "a"); the result is
// its file, or "\x00bare:" and a package specifier for an "imports" target
// naming a package.
func (t *packageTarget) resolve(target any) (string, targetResult, error) {
	switch v := target.(type) {
	case string:
		r, err := t.resolveString(v)
		if err != nil {
			return "", targetNone, err
		}
		return r, targetFound, nil
	case *jsonObject:
		for _, k := range v.keys {
			if k == "default" || containsString(t.conds, k) {
				r, res, err := t.resolve(v.vals[k])
				if err != nil || res != targetNone {
					return r, res, err
				}
			}
		}
		return "", targetNone, nil
	case []any:
		// The first that resolves wins; an invalid one is passed over, the
		// last invalid one thrown when none does, unless a null came after.
		var last error
		for _, item := range v {
			r, res, err := t.resolve(item)
			if err != nil {
				if re, ok := err.(*resolveError); ok && re.code == "ERR_INVALID_PACKAGE_TARGET" {
					last = err
					continue
				}
				return "", targetNone, err
			}
			switch res {
			case targetFound:
				return r, res, nil
			case targetNull:
				last = nil
			}
		}
		if last != nil {
			return "", targetNone, last
		}
		if len(v) == 0 {
			return "", targetNull, nil
		}
		return "", targetNone, nil
	case nil:
		return "", targetNull, nil
	}
	return "", targetNone, t.invalid(fmt.Sprint(target))
}

func (t *packageTarget) resolveString(target string) (string, error) {
	if !strings.HasPrefix(target, "./") {
		if t.isImports && !strings.HasPrefix(target, "../") && !strings.HasPrefix(target, "/") && parseURL(target, nil) == nil {
			if t.pattern {
				return "\x00bare:" + strings.ReplaceAll(target, "*", t.match), nil
			}
			return "\x00bare:" + target, nil
		}
		return "", t.invalid(target)
	}
	if hasInvalidSegment(target[2:]) {
		return "", t.invalid(target)
	}
	pjURL := fileURL(filepath.Join(t.p.dir, "package.json"))
	u := parseURL(target, parseURL(pjURL, nil))
	if u == nil || !strings.HasPrefix(u.pathString(), parseURL(".", parseURL(pjURL, nil)).pathString()) {
		return "", t.invalid(target)
	}
	if t.pattern {
		if hasInvalidSegment(t.match) {
			kind := map[bool]string{true: "imports", false: "exports"}[t.isImports]
			return "", &resolveError{"ERR_INVALID_MODULE_SPECIFIER", fmt.Sprintf("Invalid module \"%s\" request is not a valid match in pattern \"%s\" for the \"%s\" resolution of %s%s",
				t.request, t.key, kind, filepath.Join(t.p.dir, "package.json"), importedFrom(t.from))}
		}
		if u = parseURL(strings.ReplaceAll(u.href(false), "*", t.match), nil); u == nil {
			return "", t.invalid(target)
		}
	}
	return fileOfURL(u, t.from)
}

// hasInvalidSegment reports whether a target or the part of a request a
// pattern matched has a ".", ".." or "node_modules" segment, also
// percent-encoded and between backslashes, which node refuses. (Empty
// segments it allows, with a deprecation warning.)
func hasInvalidSegment(s string) bool {
	for _, seg := range strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '\\' }) {
		switch strings.ToLower(percentDecode(seg)) {
		case ".", "..", "node_modules":
			return true
		}
	}
	return false
}

// invalid is ERR_INVALID_PACKAGE_TARGET for target (as a string).
func (t *packageTarget) invalid(target string) error {
	pj := filepath.Join(t.p.dir, "package.json")
	related := ""
	if !t.isImports && target != "" && !strings.HasPrefix(target, "./") {
		related = `; targets must start with "./"`
	}
	if t.key == "." {
		return &resolveError{"ERR_INVALID_PACKAGE_TARGET", fmt.Sprintf("Invalid \"exports\" main target %s defined in the package config %s%s%s",
			jsonQuote(target), pj, importedFrom(t.from), related)}
	}
	kind := map[bool]string{true: "imports", false: "exports"}[t.isImports]
	return &resolveError{"ERR_INVALID_PACKAGE_TARGET", fmt.Sprintf("Invalid \"%s\" target %s defined for '%s' in the package config %s%s%s",
		kind, jsonQuote(target), t.key, pj, importedFrom(t.from), related)}
}

// jsonQuote is JSON.stringify of a string.
func jsonQuote(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

func importedFrom(from string) string {
	if from == "" {
		return ""
	}
	return " imported from " + from
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// isBuiltin reports whether spec names a built-in module.
func (m *moduleSystem) isBuiltin(spec string) bool {
	name, prefixed := strings.CutPrefix(spec, "node:")
	return m.hasBuiltin(name) && (prefixed || !schemeOnly(name))
}

// schemeOnly reports whether built-in name is reachable only with the
// node: scheme: node added these after npm packages had taken the bare
// names ("test" and "sea" are packages), so require('test') still finds
// those; node:test's own submodules (test/reporters) go with it.
func schemeOnly(name string) bool {
	return name == "test" || name == "sea" || strings.HasPrefix(name, "test/")
}
