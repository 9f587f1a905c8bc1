package stdlib

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/internal/sysfile"
	"github.com/kilnjs/kiln/parser"
	"github.com/kilnjs/kiln/vm"
)

// The ES module loader. Modules load synchronously from disk (Node's
// loader is asynchronous, but nothing observable depends on that except
// import(), whose linking and evaluation the VM starts from a job). Each
// file is one module record whatever the specifier that reached it:
// ES modules compile to source text module records named by their
// file: URL (as Node names them in stack traces); CommonJS files, JSON
// files and built-in modules become synthetic module records whose
// evaluation runs them through require's machinery, so a file required
// and imported is one instance.

type esmLoader struct {
	m    *moduleSystem
	mods map[string]*vm.Module // by file path, or "node:name"
	// mainPromise is the evaluation promise of an ES main module, to tell
	// an unsettled top-level await at exit.
	mainPromise vm.Value
	hasMain     bool
	// main is the main module when it comes from a snapshot (RunProgram).
	main *bytecode.Program
	// hooks is the thread of module.register's hooks, once one is
	// registered: from then on resolution and loading go through them.
	hooks *hooksThread
}

// esmInfo is a module record's host data.
type esmInfo struct {
	path, url string
	cjs       bool // a CommonJS file seen from ES modules
	// format is the one the load hooks gave, to check the attributes of
	// later imports against.
	format string
}

func newESMLoader(m *moduleSystem) *esmLoader {
	l := &esmLoader{m: m, mods: map[string]*vm.Module{}}
	rt := m.n.VM
	rt.DynamicImportHook = l.dynamicImport
	rt.ImportMetaHook = l.importMeta
	return l
}

// fileURL is the file: URL of an absolute path.
func fileURL(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	// node's pathToFileURL leaves these bytes as they are and
	// percent-encodes every other (Go's URL encoding differs: it encodes
	// parentheses and keeps "~").
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	b.WriteString("file://")
	for i := 0; i < len(p); i++ {
		c := p[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("/!$&'()*+,-.:;=@_", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}

// pathOfReferrer is the file a program came from: ES modules are named by
// URL, CommonJS modules by path, the library's own code by "node:...".
func pathOfReferrer(name string) string {
	if strings.HasPrefix(name, "file://") {
		if u, err := url.Parse(name); err == nil {
			return filepath.FromSlash(u.Path)
		}
	}
	if filepath.IsAbs(name) {
		return name
	}
	wd, _ := os.Getwd()
	return filepath.Join(wd, "[eval]")
}

// commonJSHint is the line node adds to an import's ERR_MODULE_NOT_FOUND
// or ERR_UNSUPPORTED_DIR_IMPORT when require() from the same module would
// have found something: "Did you mean to import ...?", naming the file
// relative to the importer for a relative specifier, inside its package for
// a bare one, else by its path. It is "" when require finds nothing too, or
// finds what was written.
func (l *esmLoader) commonJSHint(spec, parent string) string {
	if strings.HasPrefix(spec, "file:") {
		u, err := url.Parse(spec)
		if err != nil {
			return ""
		}
		spec = filepath.FromSlash(u.Path)
	}
	var found string
	var builtin bool
	if exc := l.m.n.VM.Try(func() { found, builtin = l.m.resolve(spec, filepath.Dir(parent), parent) }); exc != nil || builtin {
		return ""
	}
	relative := spec == "." || spec == ".." || strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../")
	switch {
	case relative:
		rel, err := filepath.Rel(filepath.Dir(parent), found)
		if err != nil {
			return ""
		}
		found = strings.TrimPrefix(fileURL(rel), "file:///")
		if !strings.HasPrefix(found, "../") {
			found = "./" + found
		}
	case !strings.HasPrefix(spec, "/"):
		pkg, _, _ := strings.Cut(spec, "/")
		needle := string(filepath.Separator) + "node_modules" + string(filepath.Separator) + pkg + string(filepath.Separator)
		if i := strings.LastIndex(found, needle); i >= 0 {
			parts := strings.Split(found[i+len(needle):], string(filepath.Separator))
			for j, part := range parts {
				parts[j] = percentEncode(part, inComponentSet, false) // as encodeURIComponent
			}
			found = pkg + "/" + strings.Join(parts, "/")
		} else {
			found = fileURL(found)
		}
	}
	if found == spec {
		return ""
	}
	var q strings.Builder
	enc := json.NewEncoder(&q)
	enc.SetEscapeHTML(false) // as JSON.stringify
	enc.Encode(found)
	return "\nDid you mean to import " + strings.TrimSuffix(q.String(), "\n") + "?"
}

// resolve is ESM_RESOLVE: the file (or "node:name") spec names from the
// module at parent.
func (l *esmLoader) resolve(spec, parent string) (string, error) {
	m := l.m
	if m.isBuiltin(spec) && (strings.HasPrefix(spec, "node:") || !strings.Contains(spec, "/") || m.isBuiltin(strings.TrimPrefix(spec, "node:"))) {
		return "node:" + strings.TrimPrefix(spec, "node:"), nil
	}
	if strings.HasPrefix(spec, "node:") {
		return "", &resolveError{"ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: " + spec}
	}
	if strings.HasPrefix(spec, "data:") {
		if _, _, ok := parseDataURL(spec); !ok {
			return "", &resolveError{"ERR_INVALID_URL", "Invalid URL"}
		}
		return spec, nil
	}
	isRelative := strings.HasPrefix(spec, "/") || strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../") || spec == "." || spec == ".."
	if strings.HasPrefix(parent, "data:") {
		if isRelative {
			return "", &resolveError{"ERR_UNSUPPORTED_RESOLVE_REQUEST", fmt.Sprintf("Failed to resolve module specifier \"%s\" from \"%s\": Invalid relative URL or base scheme is not hierarchical.", spec, parent)}
		}
		// Packages resolve from the working directory.
		parent = pathOfReferrer("")
	}
	dir := filepath.Dir(parent)
	// href is the URL of what spec names, for the errors: as parsed, for
	// a relative specifier.
	var file, suffix, href string
	switch {
	case isRelative || strings.HasPrefix(spec, "file:"):
		f, sfx, u, err := resolveFileSpecifier(spec, parent)
		if err != nil {
			return "", err
		}
		file, suffix, href = f, sfx, u
	case strings.HasPrefix(spec, "#"):
		r, err := m.importsResolve(spec, dir, m.importConds, true, parent)
		if err != nil || strings.HasPrefix(r, "node:") {
			return r, err
		}
		file, suffix = splitKey(r)
	default:
		if i := strings.Index(spec, ":"); i > 1 && !strings.Contains(spec[:i], "/") {
			return "", &resolveError{"ERR_UNSUPPORTED_ESM_URL_SCHEME", fmt.Sprintf("Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol '%s'", spec[:i+1])}
		}
		r, err := m.resolvePackage(spec, dir, m.importConds, true, parent)
		if err != nil {
			return "", err
		}
		file, suffix = splitKey(r)
	}
	if href == "" {
		href = fileURL(file) + suffix
	}
	st, err := os.Stat(file)
	if (err != nil || st.IsDir()) && isTypeScript(parent) && !strings.HasPrefix(spec, "#") {
		if alt, ok := typeScriptSibling(file); ok {
			file, st, err = alt, nil, nil
		}
	}
	// node stats a path that ends in a slash as its last character alone,
	// "/", so any such path is a directory import, whether it exists or
	// not; its message keeps the slash.
	slashed := strings.HasSuffix(file, string(filepath.Separator)) && len(file) > 1
	if slashed || err == nil && st != nil && st.IsDir() {
		msg := fmt.Sprintf("Directory import '%s' is not supported resolving ES modules imported from %s", file, parent)
		return "", &missingFileError{resolveError{"ERR_UNSUPPORTED_DIR_IMPORT", msg + l.commonJSHint(spec, parent)}, href}
	}
	if err != nil {
		msg := fmt.Sprintf("Cannot find module '%s' imported from %s", file, parent)
		return "", &missingFileError{resolveError{"ERR_MODULE_NOT_FOUND", msg + l.commonJSHint(spec, parent)}, href}
	}
	if real, err := filepath.EvalSymlinks(file); err == nil {
		file = real
	}
	if suffix != "" {
		return file + keySep + suffix, nil
	}
	return file, nil
}

// moduleFor returns the module record of a resolved file or built-in (a
// key resolve returned), loading it on first use; attrs are the import's
// attributes. An ES module imported with a query or fragment is a module
// of its own for each URL, as in node; other formats are one per file.
func (l *esmLoader) moduleFor(key string, attrs []bytecode.ImportAttribute, parent string) (*vm.Module, error) {
	if strings.HasPrefix(key, "data:") {
		return l.dataModule(key, attrs)
	}
	key, suffix := splitKey(key)
	format := formatBuiltin
	if !strings.HasPrefix(key, "node:") {
		format = l.m.formatOf(key)
	}
	if format != formatModule && format != formatAmbiguous {
		suffix = ""
	}
	url := key
	if format != formatBuiltin {
		url = fileURL(key) + suffix
	}
	if err := checkAttributes(format, url, attrs); err != nil {
		return nil, err
	}
	modKey := key
	if suffix != "" {
		modKey += keySep + suffix
	}
	if mod, ok := l.mods[modKey]; ok {
		return mod, nil
	}
	rt := l.m.n.VM
	var mod *vm.Module
	switch format {
	case formatBuiltin:
		name := strings.TrimPrefix(key, "node:")
		exports := l.m.builtin(name)
		names := []string{"default"}
		if exports.IsObject() {
			for _, k := range rt.OwnKeys(exports) {
				if k != "default" {
					names = append(names, k)
				}
			}
		}
		mod = rt.NewSyntheticModule(names, func(mod *vm.Module) {
			rt.SetExport(mod, "default", exports)
			for _, n := range names[1:] {
				rt.SetExport(mod, n, rt.GetS(exports, n))
			}
		})
		mod.HostDefined = &esmInfo{path: key, url: key}
	case formatJSON:
		mod = rt.NewSyntheticModule([]string{"default"}, func(mod *vm.Module) {
			rt.SetExport(mod, "default", l.m.load(key, vm.Null, false))
		})
		mod.HostDefined = &esmInfo{path: key, url: fileURL(key)}
	case formatAddon:
		// node's ESM loader has no format for addons.
		return nil, &resolveError{"ERR_UNKNOWN_FILE_EXTENSION", fmt.Sprintf("Unknown file extension \".node\" for %s", key)}
	default:
		data, err := sysfile.ReadFile(key)
		if err != nil {
			return nil, &missingFileError{resolveError{"ERR_MODULE_NOT_FOUND", fmt.Sprintf("Cannot find module '%s' imported from %s", key, parent)}, fileURL(key)}
		}
		l.m.n.noteLoaded(key)
		src := strings.TrimPrefix(string(data), "\uFEFF")
		if format == formatAmbiguous {
			format = formatCommonJS
			if l.m.ambiguousIsESM(src, key) {
				format = formatModule
			}
		}
		if format == formatModule {
			p, err := l.m.n.compileModuleKind(src, url, KindModule)
			if err != nil {
				return nil, &loadSyntaxError{err: err, src: src}
			}
			mod = rt.NewSourceTextModule(p)
			mod.HostDefined = &esmInfo{path: key, url: url}
		} else {
			mod = l.commonJSModule(key, src)
		}
	}
	l.mods[modKey] = mod
	return mod, nil
}

// parseDataURL splits a data: URL as node's loader reads one: the MIME
// type (which it must have) and the decoded payload.
func parseDataURL(u string) (mime string, body []byte, ok bool) {
	head, payload, found := strings.Cut(strings.TrimPrefix(u, "data:"), ",")
	if !found {
		return "", nil, false
	}
	params := strings.Split(head, ";")
	mime = params[0]
	if i := strings.IndexByte(mime, '/'); i <= 0 || i == len(mime)-1 {
		return "", nil, false
	}
	if params[len(params)-1] == "base64" {
		b, err := base64.StdEncoding.DecodeString(payload)
		return mime, b, err == nil
	}
	s, err := url.PathUnescape(payload)
	return mime, []byte(s), err == nil
}

// dataFormat is the module format of a data: URL's MIME type.
func dataFormat(mime, u string) (string, error) {
	switch mime {
	case "text/javascript":
		return formatModule, nil
	case "application/json":
		return formatJSON, nil
	}
	return "", &resolveError{"ERR_UNKNOWN_MODULE_FORMAT", fmt.Sprintf("Unknown module format: %s for URL %s", mime, u)}
}

// dataModule is the module record of a data: URL, one per URL.
func (l *esmLoader) dataModule(u string, attrs []bytecode.ImportAttribute) (*vm.Module, error) {
	mime, body, _ := parseDataURL(u)
	format, err := dataFormat(mime, u)
	if err != nil {
		return nil, err
	}
	if err := checkAttributes(format, u, attrs); err != nil {
		return nil, err
	}
	if mod, ok := l.mods[u]; ok {
		return mod, nil
	}
	return l.sourceModule(u, u, format, string(body))
}

// checkAttributes is node's validateAttributes: an import's attributes
// against the format of the module at url.
func checkAttributes(format, url string, attrs []bytecode.ImportAttribute) error {
	typ, unsupported := "", -1
	for i, a := range attrs {
		if a.Key == "type" {
			typ = a.Value
		} else if unsupported < 0 {
			unsupported = i
		}
	}
	switch {
	case format == formatJSON && typ == "":
		return &resolveError{"ERR_IMPORT_ASSERTION_TYPE_MISSING", fmt.Sprintf("Module \"%s\" needs an import attribute of type \"json\"", url)}
	case typ != "" && typ != "json":
		return &resolveError{"ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED", fmt.Sprintf("Import attribute type \"%s\" is unsupported", typ)}
	case typ == "json" && format != formatJSON:
		return &resolveError{"ERR_IMPORT_ASSERTION_TYPE_FAILED", fmt.Sprintf("Module \"%s\" is not of type \"json\"", url)}
	case unsupported >= 0:
		return &resolveError{"ERR_IMPORT_ATTRIBUTE_UNSUPPORTED", fmt.Sprintf("Import attribute \"%s\" with value \"%s\" is not supported", attrs[unsupported].Key, attrs[unsupported].Value)}
	}
	return nil
}

// loadSyntaxError is a module that does not parse.
type loadSyntaxError struct {
	err error
	src string
}

func (e *loadSyntaxError) Error() string { return e.err.Error() }

// commonJSNames reports the export names cjsExportNames finds in a
// CommonJS file, following its re-exports into the files they require as
// Node's loader does (visited guards against cycles; a re-export that does
// not resolve, or resolves to a built-in or an ES module, adds nothing).
func (l *esmLoader) commonJSNames(file, src string, visited map[string]bool, add func(string)) {
	if visited[file] {
		return
	}
	visited[file] = true
	if isTypeScriptLike(file) {
		// The names are found in what the file compiles to.
		if code, _, err := parser.TransformLoaderCommonJS(src, file); err == nil {
			src = code
		}
	}
	names, reexports := cjsExportNames(src, file)
	for _, n := range names {
		add(n)
	}
	for _, spec := range reexports {
		var target string
		builtin := false
		if exc := l.m.n.VM.Try(func() { target, builtin = l.m.resolve(spec, filepath.Dir(file), file) }); exc != nil || builtin {
			continue
		}
		if f := l.m.formatOf(target); f == formatModule || f == formatJSON || f == formatAddon {
			continue
		}
		data, err := sysfile.ReadFile(target)
		if err != nil {
			continue
		}
		l.commonJSNames(target, strings.TrimPrefix(string(data), "\uFEFF"), visited, add)
	}
}

// commonJSModule is a CommonJS file seen from ES modules: default is its
// module.exports, and the names found by cjsExportNames are also named
// exports, read from module.exports once it has run.
func (l *esmLoader) commonJSModule(file, src string) *vm.Module {
	rt := l.m.n.VM
	names := []string{"default"}
	seen := map[string]bool{"default": true}
	l.commonJSNames(file, src, map[string]bool{}, func(n string) {
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	})
	mod := rt.NewSyntheticModule(names, func(mod *vm.Module) {
		exports := l.m.load(file, vm.Null, false)
		rt.SetExport(mod, "default", exports)
		if !exports.IsObject() {
			return
		}
		for _, n := range names[1:] {
			rt.SetExport(mod, n, rt.GetS(exports, n))
		}
	})
	mod.HostDefined = &esmInfo{path: file, url: fileURL(file), cjs: true}
	return mod
}

// MissingExportMessage is Node's message for a named import a CommonJS
// module does not provide (vm asks the module's host data for it). Node
// suggests a destructuring made from the braces of the import statement's
// line, when it has them (not for an import spread over lines).
func (i *esmInfo) MissingExportMessage(specifier, name, statement string) string {
	if !i.cjs {
		return ""
	}
	msg := fmt.Sprintf("Named export '%s' not found. The requested module '%s' is a CommonJS module, which may not support all module.exports as named exports.\n"+
		"CommonJS modules can always be imported via the default export, for example using:\n\n"+
		"import pkg from '%s';\n", name, specifier, specifier)
	open, end := strings.IndexByte(statement, '{'), strings.LastIndexByte(statement, '}')
	if open >= 0 && end > open {
		msg += "const " + replaceAs(statement[open:end+1]) + " = pkg;\n"
	}
	return msg
}

// replaceAs writes each " as " of an import's braces (white space of any
// length around "as") as ": ", node's /\s+as\s+/g replacement. (Not with
// package regexp, which would initialise its tables in every process.)
func replaceAs(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "as")
		if i < 0 {
			break
		}
		start, end := i, i+2
		for start > 0 && isSpaceByte(s[start-1]) {
			start--
		}
		for end < len(s) && isSpaceByte(s[end]) {
			end++
		}
		if start == i || end == i+2 {
			// Not " as " between spaces: keep it and look on.
			b.WriteString(s[:i+2])
			s = s[i+2:]
			continue
		}
		b.WriteString(s[:start])
		b.WriteString(": ")
		s = s[end:]
	}
	b.WriteString(s)
	return b.String()
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// load is the loader callback of vm.LoadRequested.
func (l *esmLoader) load(referrer *vm.Module, req bytecode.ModuleRequest) (*vm.Module, error) {
	info := referrer.HostDefined.(*esmInfo)
	if l.hooks != nil {
		return l.hookedModule(req.Specifier, info.url, req.Attributes)
	}
	parent := info.path
	file, err := l.resolve(req.Specifier, parent)
	if err != nil {
		return nil, err
	}
	return l.moduleFor(file, req.Attributes, parent)
}

// errorValue turns a loading failure into the JavaScript error thrown or
// rejected with.
func (l *esmLoader) errorValue(err error) vm.Value {
	var se *loadSyntaxError
	if errors.As(err, &se) {
		return l.m.n.syntaxError(se.err, se.src).Value
	}
	return l.m.resolveErrorValue(err)
}

// graph loads and links the module at file with everything it imports.
func (l *esmLoader) graph(file string, parent string) *vm.Module {
	mod, err := l.moduleFor(file, nil, parent)
	return l.linked(mod, err)
}

// linked loads what mod imports and links it, throwing what went wrong
// (err, from making mod, first).
func (l *esmLoader) linked(mod *vm.Module, err error) *vm.Module {
	rt := l.m.n.VM
	if err == nil {
		err = rt.LoadRequested(mod, l.load)
	}
	if err != nil {
		var se *loadSyntaxError
		if errors.As(err, &se) {
			panic(l.m.n.syntaxError(se.err, se.src))
		}
		l.m.n.throwLinkError(err, func() vm.Value { return l.errorValue(err) })
		rt.Throw(l.errorValue(err))
	}
	rt.Link(mod)
	return mod
}

// runMain runs an ES main module: its evaluation settles through the
// event loop; a rejection is an uncaught exception.
func (l *esmLoader) runMain(file string) {
	rt := l.m.n.VM
	if l.main != nil {
		mod := rt.NewSourceTextModule(l.main)
		mod.HostDefined = &esmInfo{path: file, url: l.main.Filename}
		l.mods[file] = mod
	}
	l.evaluateMain(l.graph(file, file))
}

// evaluateMain evaluates the linked main module.
func (l *esmLoader) evaluateMain(mod *vm.Module) {
	rt := l.m.n.VM
	if mod.Program != nil && strings.Contains(mod.Program.Source, "process") {
		l.m.n.proc() // as for a CommonJS main module (moduleSystem.evaluate)
	}
	p := rt.Evaluate(mod)
	l.mainPromise, l.hasMain = p, true
	rt.Realm().Extra["esm:main"] = p
	if state, v := rt.PromiseState(p); state == "rejected" {
		rt.Then(p, nil, nil)
		l.throwEvaluation(mod, v)
	}
	rt.Then(p, nil, func(reason vm.Value) { l.m.n.uncaught(l.m.n.madeHere(reason)) })
}

// throwEvaluation raises v, what the evaluation of mod rejected with at
// once, as the exception it was.
func (l *esmLoader) throwEvaluation(mod *vm.Module, v vm.Value) {
	rt := l.m.n.VM
	if exc, ok := mod.EvaluationException(); ok && exc.Value == v {
		// Node reports an ES module's error where it was created,
		// not where it was thrown.
		if file, line, col, ok := rt.ErrorPosition(v); ok && file == exc.File && line == exc.Line {
			e := *exc
			e.Col = col
			exc = &e
		}
		panic(exc)
	}
	rt.Throw(v)
}

// unsettledMain reports whether the ES main module's evaluation is still
// pending when the loop has nothing left: Node exits 13 then.
func (l *esmLoader) unsettledMain() bool {
	if !l.hasMain {
		return false
	}
	state, _ := l.m.n.VM.PromiseState(l.mainPromise)
	return state == "pending"
}

// requireESM is require() of an ES module (Node v20's require(esm)): the
// graph is linked and evaluated at once and the namespace returned; one
// with top-level await cannot be.
func (l *esmLoader) requireESM(file, parent string) vm.Value {
	rt := l.m.n.VM
	mod := l.graph(file, parent)
	if rt.GraphIsAsync(mod) {
		rt.Throw(l.m.n.newNodeError(vm.ErrPlain, "ERR_REQUIRE_ASYNC_MODULE", "require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla."))
	}
	p := rt.Evaluate(mod)
	if state, v := rt.PromiseState(p); state == "rejected" {
		rt.Then(p, nil, nil)
		if exc, ok := mod.EvaluationException(); ok {
			panic(exc)
		}
		rt.Throw(v)
	}
	ns := rt.ModuleNamespace(mod)
	if rt.HasProperty(ns, "module.exports") {
		// A module can choose what require() gives: Node v20.20 returns
		// its "module.exports" export.
		return rt.GetS(ns, "module.exports")
	}
	if !rt.HasProperty(ns, "default") || rt.HasProperty(ns, "__esModule") {
		return ns
	}
	// A module with a default export comes back marked __esModule, for
	// transpiled CommonJS code that tests for it: the namespace of a facade
	// re-exporting everything (live) and adding the mark.
	const facade = "export * from 'kiln:target'; export { default } from 'kiln:target'; export const __esModule = true;"
	p2, err := Compile(facade, fileURL(file)+"#require", KindModule)
	if err != nil {
		panic("kiln: require(esm) facade does not compile: " + err.Error())
	}
	f := rt.NewSourceTextModule(p2)
	f.HostDefined = &esmInfo{path: file, url: fileURL(file)}
	f.SetRequested(0, mod)
	rt.Link(f)
	rt.Evaluate(f)
	return rt.ModuleNamespace(f)
}

// dynamicImport is the host side of import(): resolve and load now, link
// and evaluate from a job (vm.ImportModule).
func (l *esmLoader) dynamicImport(rt *vm.Runtime, p *bytecode.Program, spec vm.Value, attrs []bytecode.ImportAttribute) vm.Value {
	if id, ok := l.m.n.vmModuleOf(p); ok {
		return l.m.n.vmDynamicImport(id, spec, attrs)
	}
	parent, parentURL := pathOfReferrer(p.Filename), parentURLOf(p.Filename)
	if f, ok := rt.BundledCaller(); ok && f != parent && filepath.IsAbs(f) {
		// An import(variable) that bundling left to run time, in a module
		// inlined into the bundle: from that module's file, as node's.
		parent, parentURL = f, fileURL(f)
	}
	var mod *vm.Module
	exc := rt.Try(func() {
		s := rt.ToGoString(spec)
		var err error
		if l.hooks != nil {
			mod, err = l.hookedModule(s, parentURL, attrs)
		} else {
			var file string
			file, err = l.resolve(s, parent)
			if err != nil {
				rt.Throw(l.m.n.importError(err, p.Module != nil, func() vm.Value { return l.errorValue(err) }))
			}
			mod, err = l.moduleFor(file, attrs, parent)
		}
		if err == nil {
			if err = rt.LoadRequested(mod, l.load); err != nil {
				rt.Throw(l.m.n.importLinkError(err, func() vm.Value { return l.errorValue(err) }))
			}
		}
		if err != nil {
			rt.Throw(l.errorValue(err))
		}
	})
	if exc != nil {
		return rt.RejectedPromise(exc.Value)
	}
	return rt.ImportModule(mod)
}

// importMeta fills import.meta: url, filename, dirname and resolve().
func (l *esmLoader) importMeta(rt *vm.Runtime, p *bytecode.Program, meta vm.Value) {
	if id, ok := l.m.n.vmModuleOf(p); ok {
		l.m.n.vmImportMeta(id, meta)
		return
	}
	file := pathOfReferrer(p.Filename)
	rt.CreateDataProperty(meta, "dirname", rt.NewString(filepath.Dir(file)))
	rt.CreateDataProperty(meta, "filename", rt.NewString(file))
	resolve := rt.NewNativeFunction("resolve", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		s := rt.ToGoString(vm.Arg(args, 0))
		if l.hooks != nil {
			// node 20 waits for the hooks thread here too.
			r := l.hooks.call("resolve", func(n *Node) []vm.Value {
				return []vm.Value{n.VM.NewString(s), n.VM.NewString(p.Filename), n.VM.NewObject()}
			})
			return rt.NewString(r.url)
		}
		r, err := l.resolve(s, file)
		if me, ok := err.(*missingFileError); ok {
			// import.meta.resolve names what import would look for, as
			// node's does: a missing file or a folder is its URL.
			return rt.NewString(me.url)
		}
		if err != nil {
			rt.Throw(l.errorValue(err))
		}
		return rt.NewString(keyURL(r))
	})
	rt.CreateDataProperty(meta, "resolve", resolve)
	rt.CreateDataProperty(meta, "url", rt.NewString(p.Filename))
}

func isTypeScript(file string) bool {
	switch strings.ToLower(filepath.Ext(file)) {
	case ".ts", ".mts", ".cts", ".tsx":
		return true
	}
	return false
}

// typeScriptSibling finds the TypeScript file a TypeScript import means by
// TypeScript's own conventions, which Node's resolver does not know: the
// import names the JavaScript the file compiles to ("./b.js" for b.ts) or
// leaves the extension out ("./b").
func typeScriptSibling(file string) (string, bool) {
	ext := filepath.Ext(file)
	base := strings.TrimSuffix(file, ext)
	var tries []string
	switch strings.ToLower(ext) {
	case ".js":
		tries = []string{base + ".ts", base + ".tsx"}
	case ".mjs":
		tries = []string{base + ".mts"}
	case ".cjs":
		tries = []string{base + ".cts"}
	case ".jsx":
		tries = []string{base + ".tsx"}
	case "":
		tries = []string{file + ".ts", file + ".tsx", file + ".js", filepath.Join(file, "index.ts"), filepath.Join(file, "index.js")}
	}
	for _, t := range tries {
		if st, err := os.Stat(t); err == nil && !st.IsDir() {
			return t, true
		}
	}
	return "", false
}

// sourceModule is the module record of source text that is not a file's
// (a data: URL's), format module or json, stored under key.
func (l *esmLoader) sourceModule(key, u, format, src string) (*vm.Module, error) {
	rt := l.m.n.VM
	src = strings.TrimPrefix(src, "\uFEFF")
	var mod *vm.Module
	if format == formatJSON {
		mod = rt.NewSyntheticModule([]string{"default"}, func(mod *vm.Module) {
			json := rt.GetS(rt.Global(), "JSON")
			rt.SetExport(mod, "default", rt.Call(rt.GetS(json, "parse"), json, rt.NewString(src)))
		})
	} else {
		p, err := compileSource(src, u, KindModule, nil, false, false)
		if err != nil {
			return nil, &loadSyntaxError{err: err, src: src}
		}
		mod = rt.NewSourceTextModule(p)
	}
	mod.HostDefined = &esmInfo{path: key, url: u, format: format}
	l.mods[key] = mod
	return mod, nil
}
