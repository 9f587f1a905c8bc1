package stdlib

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/internal/sysfile"
	"github.com/kilnjs/kiln/vm"
)

// The CommonJS loader: Node's require() for files, JSON and built-in
// modules. (The full resolver with package.json exports, ES modules and
// the rest of node_modules semantics comes with the modules issue.)

type moduleSystem struct {
	n *Node
	// requireConds and importConds are the conditions require and import
	// match in "exports" and "imports", --conditions' included.
	requireConds, importConds []string
	main                      *bytecode.Program // the main module, when it comes from a snapshot (RunProgram)
	cache                     vm.Value          // require.cache: filename → module object
	parents                   vm.Value          // filename → the module that first required it (null for the main module)
	proto                     vm.Value          // the modules' prototype: Node's deprecated parent getter lives there
	mainMod                   vm.Value          // require.main, once the main module exists
	builtins                  map[string]func() vm.Value
	loaded                    map[string]vm.Value // built-in module name → exports
	pkgCache                  map[string]*pkgJSON // folder → its package.json (nil: none)
	esm                       *esmLoader
	// compiled holds CommonJS programs compiled while telling a file's
	// format, for load to run instead of compiling again.
	compiled map[string]*bytecode.Program
	// hooks is set once lib/module.js (node's Module) has run: from then
	// on a require checks whether a program hooked the loader.
	hooks *cjsHooks
	// extraExts are extensions hooks registered in Module._extensions,
	// which resolution tries after its own while node's chain resolves.
	extraExts []string
	// realPaths caches realPath's answers: a file is resolved again for
	// every module that requires it.
	realPaths map[string]string
	// globals caches globalFolders.
	globals []string
	// warnedMain holds the package.json files whose missing "main" has
	// had its DEP0128 warning.
	warnedMain map[string]bool
}

func newModuleSystem(n *Node) *moduleSystem {
	rt := n.VM
	m := &moduleSystem{n: n, builtins: map[string]func() vm.Value{}, loaded: map[string]vm.Value{}, pkgCache: map[string]*pkgJSON{}, compiled: map[string]*bytecode.Program{}, realPaths: map[string]string{}, warnedMain: map[string]bool{}}
	m.esm = newESMLoader(m)
	// --conditions adds to both sets, as in node.
	m.requireConds, m.importConds = requireConditions, importConditions
	if len(n.opts.Conditions) > 0 {
		m.requireConds = append(append([]string(nil), requireConditions...), n.opts.Conditions...)
		m.importConds = append(append([]string(nil), importConditions...), n.opts.Conditions...)
	}
	m.cache = rt.NewObjectProto(vm.Null)
	rt.Realm().Extra["require.cache"] = m.cache
	// Node keeps a module's parent outside the module object (module.parent
	// is a getter on Module.prototype), so Object.keys(module) does not
	// list it.
	m.parents = rt.NewObjectProto(vm.Null)
	rt.Realm().Extra["module.parents"] = m.parents
	m.proto = rt.NewObject()
	// module.constructor is node's Module, an accessor there too: made
	// from lib/module.js on first use, so a program that never asks does
	// not pay for it.
	rt.DefineLazyAccessor(m.proto, "constructor", func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		return m.builtin("module")
	}, nil, false)
	rt.DefineGetter(m.proto, "parent", func(rt *vm.Runtime, this vm.Value, _ []vm.Value) vm.Value {
		if !this.IsObject() {
			return vm.Undefined
		}
		return rt.Get(m.parents, rt.ToPropertyKey(rt.GetS(this, "filename")))
	})
	rt.Realm().Extra["module.prototype"] = m.proto
	m.mainMod = vm.Undefined
	return m
}

// RegisterBuiltin makes require(name) and require("node:"+name) return the
// exports made by mk (called once, on first use).
func (n *Node) RegisterBuiltin(name string, mk func() vm.Value) { n.modules.builtins[name] = mk }

// maker returns what makes built-in module name's exports: the one
// registered under that name, else the lib file's.
func (m *moduleSystem) maker(name string) (func() vm.Value, bool) {
	if mk, ok := m.builtins[name]; ok {
		return mk, true
	}
	if !isLibModule(name) {
		return nil, false
	}
	mk := func() vm.Value { return m.n.lib(name) }
	m.builtins[name] = mk
	return mk, true
}

// hasBuiltin reports whether name is a built-in module's name.
func (m *moduleSystem) hasBuiltin(name string) bool {
	_, ok := m.maker(name)
	return ok
}

// builtinNames lists the built-in modules' names, sorted.
func (m *moduleSystem) builtinNames() []string {
	names := append([]string(nil), libModuleNames()...)
	for name := range m.builtins {
		if !isLibModule(name) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}

func (m *moduleSystem) runMain(file string) {
	if m.esm.main != nil {
		m.esm.runMain(file)
		return
	}
	if m.main != nil {
		defer m.n.VM.SetStackTail(m.n.VM.SetStackTail(mainLoadFrames))
		m.load(m.main.Filename, vm.Null, true)
		return
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		abs = file
	}
	if m.esm.hooks != nil {
		// With hooks registered (--import tsx), node runs the entry point
		// through the ES module loader, and so through them.
		m.esm.runMainHooked(abs)
		return
	}
	// The entry point is a file or folder whatever its last slash: node
	// resolves it from path.resolve(main), which drops the slash.
	resolved, err := m.resolveFile(abs, false)
	if fatalResolve(err) {
		m.throwRequestError(err, file)
	}
	if err != nil && !m.hooked(vm.Null) {
		defer m.n.VM.SetStackTail(m.n.VM.SetStackTail(mainResolveFrames))
		m.n.throwFromLoader(m.notFound(file, ""))
	}
	if err == nil {
		resolved = m.realPath(resolved)
	}
	if err == nil && m.isESM(resolved) {
		m.esm.runMain(resolved)
		return
	}
	if m.hooked(vm.Null) {
		// A preloaded module that hooks the loader (-r ts-node/register,
		// @babel/register) runs the entry point too, as node's
		// Module._load runs it, and may find it by an extension it added.
		rt := m.n.VM
		rt.Call(rt.GetS(m.builtin("module"), "_load"), vm.Undefined, rt.NewString(abs), vm.Null, vm.True)
		return
	}
	defer m.n.VM.SetStackTail(m.n.VM.SetStackTail(mainLoadFrames))
	m.load(resolved, vm.Null, true)
}

// isESM reports whether file is an ES module: by extension or package
// "type", or, for a .js file in a package that does not say, by its syntax.
func (m *moduleSystem) isESM(file string) bool {
	switch m.formatOf(file) {
	case formatModule:
		return true
	case formatAmbiguous:
		data, err := sysfile.ReadFile(file)
		return err == nil && m.ambiguousIsESM(strings.TrimPrefix(string(data), "\uFEFF"), file)
	}
	return false
}

// ambiguousIsESM is Node's syntax detection for a file whose package does
// not give its format: CommonJS, unless it fails to compile as CommonJS and
// retryAsESM says it is a module. Both attempts go through the compile
// cache, and a CommonJS program is kept for load, so detection costs no
// parse on a warm cache and no second compile on a cold one.
func (m *moduleSystem) ambiguousIsESM(src, file string) bool {
	p, err := m.n.compileModule(src, file)
	if err == nil {
		m.compiled[file] = p
		return false
	}
	return m.retryAsESM(err, src, file)
}

// retryAsESM reports whether a file whose package does not give its format,
// having failed to compile as CommonJS with err, is an ES module, as node's
// detection (on by default since v20.19) decides: when err is module
// syntax (import, export, import.meta), whatever else the file holds, so
// that a broken module throws its own SyntaxError as a module and without
// the "To load an ES module" warning (react-native's Flow-typed index.js:
// "Unexpected token 'typeof'"); otherwise when it compiles as a module (a
// top-level await).
func (m *moduleSystem) retryAsESM(err error, src, file string) bool {
	if esmSyntaxError(err) {
		return true
	}
	_, err = m.n.compileModuleKind(src, fileURL(file), KindModule)
	return err == nil
}

func (m *moduleSystem) notFound(request, parent string) vm.Value {
	rt := m.n.VM
	msg := fmt.Sprintf("Cannot find module '%s'", request)
	// The stack is parent and the modules that first required each in
	// turn, as node follows module.parent. seen stops at a cycle, which a
	// module deleted from require.cache and required again can make here
	// (node keeps one parent per module object, Kiln one per file).
	var names []string
	seen := map[string]bool{}
	for p := parent; p != "" && !seen[p]; {
		seen[p] = true
		names = append(names, p)
		pm := rt.Get(m.parents, rt.ToPropertyKey(rt.NewString(p)))
		if !pm.IsObject() {
			break
		}
		p = rt.ToGoString(rt.GetS(pm, "filename"))
	}
	stack := make([]vm.Value, len(names))
	for i, p := range names {
		stack[i] = rt.NewString(p)
	}
	if len(names) > 0 {
		msg += "\nRequire stack:\n- " + strings.Join(names, "\n- ")
	}
	e := rt.NewError(vm.ErrPlain, msg)
	rt.CreateDataProperty(e, "code", rt.NewString("MODULE_NOT_FOUND"))
	rt.CreateDataProperty(e, "requireStack", rt.NewArray(stack))
	return e
}

// realPath is file with its symbolic links followed. Node names a
// CommonJS module by its real path (without --preserve-symlinks), so a
// package reached through two links is one module, and a linked package
// (npm link, pnpm's store) finds its own dependencies beside its real
// folder.
func (m *moduleSystem) realPath(file string) string {
	if r, ok := m.realPaths[file]; ok {
		return r
	}
	r, err := filepath.EvalSymlinks(file)
	if err != nil {
		r = file
	}
	m.realPaths[file] = r
	return r
}

// resolveFile applies LOAD_AS_FILE then LOAD_AS_DIRECTORY, or only the
// latter when dirOnly (see dirRequest). Its error is errNotFound, or a
// *pkgConfigError for a folder whose package.json is not JSON, which
// require() reports as Node does rather than going on.
func (m *moduleSystem) resolveFile(p string, dirOnly bool) (string, error) {
	return m.resolveFileFor(p, false, dirOnly)
}

// resolveFileFor is resolveFile for import (esm) or require: import falls
// back from a missing "main" to the index without node's warning.
func (m *moduleSystem) resolveFileFor(p string, esm, dirOnly bool) (string, error) {
	st, err := os.Stat(p)
	isDir := err == nil && st.IsDir()
	if dirOnly && !isDir {
		return "", errNotFound
	}
	if err == nil && !isDir {
		return p, nil
	}
	for _, exts := range [2][]string{loaderExts, m.extraExts} {
		if dirOnly {
			break
		}
		for _, ext := range exts {
			if st, err := os.Stat(p + ext); err == nil && !st.IsDir() {
				return p + ext, nil
			}
		}
	}
	if isDir {
		pkg, err := m.readPackage(p)
		if err != nil {
			return "", err
		}
		if pkg != nil && pkg.main != "" {
			r, err := m.resolveFileFor(filepath.Join(p, pkg.main), esm, false)
			if err == nil || fatalResolve(err) {
				return r, err
			}
			// node falls back to the folder's index, with a warning;
			// without one, the error names the main file.
			jsonPath := filepath.Join(p, "package.json")
			if idx := m.folderIndex(p); idx != "" {
				if !esm && !m.warnedMain[jsonPath] {
					// node warns when it resolves the folder, which its
					// path cache then answers: once here.
					m.warnedMain[jsonPath] = true
					m.n.warnBadMain(jsonPath, pkg.main)
				}
				return idx, nil
			}
			return "", &badMainError{file: filepath.Join(p, pkg.main), pkgJSON: jsonPath}
		}
		if idx := m.folderIndex(p); idx != "" {
			return idx, nil
		}
	}
	return "", errNotFound
}

// folderIndex is the index file require() finds in folder p, or "".
func (m *moduleSystem) folderIndex(p string) string {
	for _, idx := range []string{"index.js", "index.json", "index.cjs"} {
		q := filepath.Join(p, idx)
		if st, err := os.Stat(q); err == nil && !st.IsDir() {
			return q
		}
	}
	for _, ext := range m.extraExts {
		q := filepath.Join(p, "index"+ext)
		if st, err := os.Stat(q); err == nil && !st.IsDir() {
			return q
		}
	}
	return ""
}

// badMainError is a folder whose package.json names a "main" that is not
// there, with no index file to fall back on: node's require() stops with
// an error naming the file rather than searching on.
type badMainError struct {
	file, pkgJSON string
}

func (e *badMainError) Error() string { return "Cannot find module '" + e.file + "'" }

// fatalResolve reports whether a resolution error ends the search: a
// package.json that is not JSON, or one whose "main" is missing.
func fatalResolve(err error) bool {
	switch err.(type) {
	case *pkgConfigError, *badMainError:
		return true
	}
	return false
}

// warnBadMain is node's DEP0128 warning for a package whose "main" is
// missing, its index found instead.
func (n *Node) warnBadMain(pkgJSON, main string) {
	rt := n.VM
	p := n.proc()
	rt.Call(rt.GetS(p, "emitWarning"), p,
		rt.NewString("Invalid 'main' field in '"+pkgJSON+"' of '"+main+"'. Please either fix that or report it to the module author"),
		rt.NewString("DeprecationWarning"), rt.NewString("DEP0128"))
}

var errNotFound = errors.New("not found")

// dirRequest reports whether a require request names a folder only, as
// node's Module._findPath decides: it ends in "/", or is "." or "..", or
// ends in "/." or "/..". Such a request skips LOAD_AS_FILE, so
// require('./lib/') is lib/index.js even beside a lib.js, and
// require('./lib.js/') finds nothing. (Joining the request to its folder
// drops that last slash, so it is read from the request itself.)
func dirRequest(request string) bool {
	return strings.HasSuffix(request, "/") || request == "." || request == ".." ||
		strings.HasSuffix(request, "/.") || strings.HasSuffix(request, "/..")
}

// loaderExts are the extensions a require without one tries: node's
// three, then the ones Kiln loads besides.
var loaderExts = []string{".js", ".json", ".node", ".cjs", ".mjs", ".ts"}

// resolve is require.resolve from a module in dir.
func (m *moduleSystem) resolve(request, dir, parent string) (string, bool) {
	name := strings.TrimPrefix(request, "node:")
	if m.hasBuiltin(name) && (name != request || !schemeOnly(name)) {
		return name, true
	}
	if strings.HasPrefix(request, "./") || strings.HasPrefix(request, "../") || strings.HasPrefix(request, "/") || request == "." || request == ".." {
		p := request
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, request)
		}
		r, err := m.resolveFile(p, dirRequest(request))
		if fatalResolve(err) {
			m.throwRequestError(err, request)
		}
		if err != nil {
			m.n.throwFromLoader(m.notFound(request, parent))
		}
		return m.realPath(r), false
	}
	var r string
	var err error
	if strings.HasPrefix(request, "#") && m.scopeHasImports(dir) {
		r, err = m.importsResolve(request, dir, m.requireConds, false, parent)
	} else {
		// node's require() reads "#x" as a package name unless the
		// package it is in has "imports".
		r, err = m.resolvePackage(request, dir, m.requireConds, false, parent)
	}
	if err != nil {
		m.throwRequestError(err, request)
	}
	if strings.HasPrefix(r, "node:") {
		return strings.TrimPrefix(r, "node:"), true
	}
	if r == "" {
		m.n.throwFromLoader(m.notFound(request, parent))
	}
	return m.realPath(r), false
}

// scopeHasImports reports whether the package a module in dir belongs to
// has an "imports" field.
func (m *moduleSystem) scopeHasImports(dir string) bool {
	p := m.packageScope(dir)
	return p != nil && p.imports != nil
}

// throwRequestError throws resolveErrorValue's error for require(request):
// one for a package's missing "main" from where node's tryPackage throws it.
func (m *moduleSystem) throwRequestError(err error, request string) {
	e := m.resolveErrorValue(err)
	if _, ok := err.(*badMainError); ok {
		m.n.VM.CreateDataProperty(e, "requestPath", m.n.VM.NewString(request))
		m.n.throwFromNodeFile(e, cjsTryPackageThrow)
	}
	if top, at := requireResolveSite(err); top != nil && m.n.requireErrorStack(e, top) {
		m.n.throwFromNodeFile(e, at)
	}
	m.n.VM.Throw(e)
}

// resolveErrorValue is the JavaScript error for a resolution failure.
func (m *moduleSystem) resolveErrorValue(err error) vm.Value {
	if be, ok := err.(*badMainError); ok {
		rt := m.n.VM
		e := rt.NewError(vm.ErrPlain, be.Error()+`. Please verify that the package.json has a valid "main" entry`)
		rt.CreateDataProperty(e, "code", rt.NewString("MODULE_NOT_FOUND"))
		rt.CreateDataProperty(e, "path", rt.NewString(be.pkgJSON))
		return e
	}
	if te, ok := err.(*targetMissingError); ok {
		rt := m.n.VM
		e := rt.NewError(vm.ErrPlain, te.Error())
		rt.CreateDataProperty(e, "code", rt.NewString("MODULE_NOT_FOUND"))
		if te.pkgJSON != "" {
			rt.CreateDataProperty(e, "path", rt.NewString(te.pkgJSON))
		}
		return e
	}
	if pe, ok := err.(*pkgConfigError); ok {
		rt := m.n.VM
		e := rt.NewError(vm.ErrSyntax, "Error parsing "+pe.path+": "+m.jsonParseMessage(pe.text))
		rt.CreateDataProperty(e, "path", rt.NewString(pe.path))
		return e
	}
	if ne, ok := err.(*notExportedError); ok {
		return m.resolveErrorValue(&ne.resolveError)
	}
	if me, ok := err.(*missingFileError); ok {
		e := m.resolveErrorValue(&me.resolveError)
		m.n.VM.CreateDataProperty(e, "url", m.n.VM.NewString(me.url))
		return e
	}
	re, ok := err.(*resolveError)
	if !ok {
		return m.n.VM.NewError(vm.ErrPlain, err.Error())
	}
	kind := vm.ErrPlain
	switch re.code {
	case "ERR_PACKAGE_IMPORT_NOT_DEFINED", "ERR_INVALID_MODULE_SPECIFIER", "ERR_UNKNOWN_FILE_EXTENSION", "ERR_IMPORT_ASSERTION_TYPE_MISSING", "ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED", "ERR_IMPORT_ASSERTION_TYPE_FAILED", "ERR_IMPORT_ATTRIBUTE_UNSUPPORTED", "ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE", "ERR_UNSUPPORTED_ESM_URL_SCHEME", "ERR_INVALID_URL", "ERR_UNSUPPORTED_RESOLVE_REQUEST":
		kind = vm.ErrType
	case "ERR_UNKNOWN_MODULE_FORMAT":
		kind = vm.ErrRange
	}
	return m.n.newNodeError(kind, re.code, re.msg)
}

// evalModule is the module object of code run by -e or from standard
// input: id "[eval]" or "[stdin]", path ".", in no cache and no parent's
// children.
func (m *moduleSystem) evalModule(id, filename string) vm.Value {
	mod, _ := m.newModule(id, ".", filename)
	return mod
}

// newModule makes a Module object with node's own properties in node's
// order, and its exports object.
func (m *moduleSystem) newModule(id, path, filename string) (mod, exports vm.Value) {
	rt := m.n.VM
	mod = rt.NewObjectProto(m.proto)
	exports = rt.NewObject()
	rt.CreateDataProperty(mod, "id", rt.NewString(id))
	rt.CreateDataProperty(mod, "path", rt.NewString(path))
	rt.CreateDataProperty(mod, "exports", exports)
	rt.CreateDataProperty(mod, "filename", rt.NewString(filename))
	rt.CreateDataProperty(mod, "loaded", vm.False)
	rt.CreateDataProperty(mod, "children", rt.NewArray([]vm.Value{}))
	rt.CreateDataProperty(mod, "paths", rt.NewArray(nodeModulePaths(rt, filepath.Dir(filename))))
	return mod, exports
}

// load runs (or returns from the cache) the module at filename.
func (m *moduleSystem) load(filename string, parent vm.Value, isMain bool) vm.Value {
	rt := m.n.VM
	key := rt.NewString(filename)
	if cached := rt.Get(m.cache, rt.ToPropertyKey(key)); cached != vm.Undefined {
		m.addChild(parent, cached, true)
		return rt.GetS(cached, "exports")
	}
	id := filename
	if isMain {
		id = "."
	}
	mod, _ := m.newModule(id, filepath.Dir(filename), filename)
	rt.CreateDataProperty(m.parents, filename, parent)
	m.addChild(parent, mod, false)
	if isMain {
		m.setMain(mod)
	}
	rt.CreateDataProperty(m.cache, filename, mod)
	ok := false
	defer func() {
		if !ok {
			rt.DeleteS(m.cache, filename)
		}
	}()
	m.run(mod, filename, parent, "js")
	rt.SetS(mod, "loaded", vm.True)
	ok = true
	return rt.GetS(mod, "exports")
}

// setMain makes mod require.main.
func (m *moduleSystem) setMain(mod vm.Value) {
	m.mainMod = mod
	m.n.VM.Realm().Extra["require.main"] = mod
	if m.n.processMade {
		m.n.VM.CreateDataProperty(m.n.process, "mainModule", mod)
	}
}

// run runs the file into mod, a module object with its exports: what
// node's default Module._extensions handlers do. kind is "js" (the file's
// format decides: CommonJS, an ES module, TypeScript), "json" or "node".
func (m *moduleSystem) run(mod vm.Value, filename string, parent vm.Value, kind string) {
	rt := m.n.VM
	if mod == m.mainMod && m.main != nil {
		m.evaluate(m.main, mod, filename)
		return
	}
	if p := m.compiled[filename]; p != nil && kind == "js" {
		delete(m.compiled, filename)
		m.evaluate(p, mod, filename)
		return
	}
	format := m.formatOf(filename)
	switch kind {
	case "json":
		format = formatJSON
	case "node":
		format = formatAddon
	}
	if format == formatAddon {
		rt.Throw(m.n.addonError(filename))
	}
	data, err := sysfile.ReadFile(filename)
	if err != nil {
		rt.Throw(m.notFound(filename, ""))
	}
	m.n.noteLoaded(filename)
	src := strings.TrimPrefix(string(data), "\uFEFF")
	requireESM := func() {
		parentFile := ""
		if parent.IsObject() {
			parentFile = rt.ToGoString(rt.GetS(parent, "filename"))
		}
		rt.SetS(mod, "exports", m.esm.requireESM(filename, parentFile))
	}
	switch {
	case format == formatJSON:
		var parsed vm.Value
		if exc := rt.Try(func() {
			parsed = rt.Call(rt.GetS(rt.GetS(rt.Global(), "JSON"), "parse"), vm.Undefined, rt.NewString(src))
		}); exc != nil {
			// Node names the file in the message, as its JSON loader does.
			if exc.Value.IsObject() {
				msg := rt.ToGoString(rt.GetS(exc.Value, "message"))
				rt.SetS(exc.Value, "message", rt.NewString(filename+": "+msg))
			}
			panic(exc)
		}
		rt.SetS(mod, "exports", parsed)
	case format == formatModule:
		requireESM()
	default:
		kind := KindCommonJS
		if format == formatCommonJS && isTypeScriptLike(filename) {
			kind = kindCommonJSFromESM
		}
		p, err := m.n.compileModuleKind(src, filename, kind)
		if err != nil && format == formatAmbiguous && m.retryAsESM(err, src, filename) {
			requireESM()
			return
		}
		if err != nil {
			if esmSyntaxError(err) {
				m.n.emitWarningSync(`To load an ES module, set "type": "module" in the package.json or use the .mjs extension.`)
			}
			panic(m.n.decorate(m.n.compileError(err, src)))
		}
		m.evaluate(p, mod, filename)
	}
}

// esmSyntaxError reports whether a CommonJS module failed to compile on
// the syntax of an ES module, as node tells (by the error's message), for
// its "To load an ES module" warning.
func esmSyntaxError(err error) bool {
	msg := err.Error()
	for _, s := range []string{"Cannot use import statement outside a module", "Unexpected token 'export'",
		"Cannot use 'import.meta' outside a module"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// nodeModulePaths is Node's Module._nodeModulePaths: the node_modules
// folders a bare require from dir searches, nearest first.
func nodeModulePaths(rt *vm.Runtime, dir string) []vm.Value {
	out := []vm.Value{}
	for d := dir; ; d = filepath.Dir(d) {
		if filepath.Base(d) != "node_modules" {
			out = append(out, rt.NewString(filepath.Join(d, "node_modules")))
		}
		if filepath.Dir(d) == d {
			return out
		}
	}
}

// addChild is Node's updateChildren: a module lists every module it
// required, once each, including ones it found in the cache.
func (m *moduleSystem) addChild(parent, child vm.Value, scan bool) {
	rt := m.n.VM
	if !parent.IsObject() {
		return
	}
	children := rt.GetS(parent, "children")
	if !rt.IsArray(children) {
		return
	}
	list := rt.ArrayValues(children)
	if scan {
		for _, c := range list {
			if c == child {
				return
			}
		}
	}
	rt.SetS(children, strconv.Itoa(len(list)), child)
}

// evaluate runs a CommonJS module's compiled wrapper function.
func (m *moduleSystem) evaluate(p *bytecode.Program, mod vm.Value, filename string) {
	rt := m.n.VM
	exports := rt.GetS(mod, "exports")
	if mod == m.mainMod && strings.Contains(p.Source, "process") {
		// A main module that names process gets the process object before
		// it runs, as Node has it from the start: made on first use in the
		// middle of the script (a few tenths of a millisecond of library
		// code), it would move the clock under timers set before it.
		m.n.proc()
	}
	fn := rt.NewFunction(p.Main)
	require := m.makeRequire(mod, filepath.Dir(filename), filename)
	rt.Call(fn, exports, exports, require, mod, rt.NewString(filename), rt.NewString(filepath.Dir(filename)))
}

func (m *moduleSystem) makeRequire(mod vm.Value, dir, filename string) vm.Value {
	rt := m.n.VM
	madePaths := vm.Undefined
	if mod.IsObject() {
		madePaths = rt.GetS(mod, "paths")
	}
	req := rt.NewNativeFunction("require", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		id := vm.Arg(args, 0)
		if !id.IsString() {
			rt.Throw(m.n.invalidArgType("id", "of type string", id))
		}
		request := rt.GoString(id)
		if request == "" {
			rt.Throw(m.n.newNodeError(vm.ErrType, "ERR_INVALID_ARG_VALUE", "The argument 'id' must be a non-empty string. Received ''"))
		}
		if name, ok := strings.CutPrefix(request, "node:"); ok {
			if !m.hasBuiltin(name) {
				// As node's Module._load: the scheme names built-ins only.
				// (require.resolve still says MODULE_NOT_FOUND, as node's.)
				rt.Throw(m.n.newNodeError(vm.ErrPlain, "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: "+request))
			}
		}
		if m.hooked(mod) {
			return rt.Call(m.hooks.requireFrom, vm.Undefined, mod, rt.NewString(filename), id)
		}
		if m.pathsChanged(mod, madePaths, dir) {
			// Packages are looked for in module.paths, which the Go
			// resolver knows only as the folder's node_modules chain;
			// Module._load reads them.
			return rt.Call(rt.GetS(m.builtin("module"), "_load"), vm.Undefined, id, mod, vm.False)
		}
		from, fromDir := filename, dir
		if f, ok := rt.BundledCaller(); ok && f != filename && filepath.IsAbs(f) && !m.isBuiltin(request) {
			// A require(variable) that bundling left to run time, in a
			// module inlined into the bundle: from that module's file.
			from, fromDir = f, filepath.Dir(f)
		}
		pop := rt.PushHostFrames(requireResolveFrames)
		r, builtin := m.resolve(request, fromDir, from)
		pop()
		if builtin {
			return m.builtin(r)
		}
		defer rt.PushHostFrames(requireLoadFrames)()
		return m.load(r, mod, false)
	})
	resolve := rt.NewNativeFunction("resolve", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if h := m.hooks; h != nil && rt.GetS(h.module, "_resolveFilename") != h.resolveFilename {
			// A hooked resolver (module-alias, tsconfig-paths) answers
			// require.resolve too, as node's require.resolve asks it.
			return rt.Call(h.resolveFrom, vm.Undefined, mod, rt.NewString(filename), vm.Arg(args, 0), vm.Arg(args, 1))
		}
		if m.pathsChanged(mod, madePaths, dir) {
			// module.paths changed (jsdoc's requizzle puts its lib folder
			// first): Module._resolveFilename looks in them, as for require.
			m.builtin("module") // lib/module.js installs m.hooks as it loads
			return rt.Call(m.hooks.resolveFrom, vm.Undefined, mod, rt.NewString(filename), vm.Arg(args, 0), vm.Arg(args, 1))
		}
		request := rt.ToGoString(vm.Arg(args, 0))
		// A built-in resolves to itself, as it was named ("node:path" stays
		// so), whatever the paths.
		if m.isBuiltin(request) {
			return rt.NewString(request)
		}
		// options.paths: resolve as from a module in each of those folders
		// in turn (relative requests against the folder itself, packages
		// through its node_modules chain), the first that finds it winning.
		if opts := vm.Arg(args, 1); opts.IsObject() {
			if paths := rt.GetS(opts, "paths"); paths != vm.Undefined {
				if !rt.IsArray(paths) {
					rt.Throw(m.n.newNodeError(vm.ErrType, "ERR_INVALID_ARG_VALUE",
						"The property 'options.paths' is invalid. Received "+m.n.Inspect(paths, DefaultInspectOptions())))
				}
				var last *vm.Exception
				for _, p := range rt.ArrayValues(paths) {
					from, _ := filepath.Abs(rt.ToGoString(p))
					var r string
					if exc := rt.Try(func() { r, _ = m.resolve(request, from, filename) }); exc != nil {
						last = exc
						continue
					}
					return rt.NewString(r)
				}
				if last != nil {
					rt.Throw(last.Value)
				}
				rt.Throw(m.notFound(request, filename))
			}
		}
		r, _ := m.resolve(request, dir, filename)
		return rt.NewString(r)
	})
	// require.resolve.paths(request) is where a package request would be
	// looked for, as Module._resolveLookupPaths answers for this module
	// (jest-resolve reads the global folders from it at load).
	lookupPaths := rt.NewNativeFunction("paths", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		request := vm.Arg(args, 0)
		if !request.IsString() {
			rt.Throw(m.n.invalidArgType("request", "of type string", request))
		}
		parent := mod
		if !parent.IsObject() {
			// createRequire's require belongs to no module: node makes one
			// for the file it was given.
			parent = rt.NewObject()
			rt.CreateDataProperty(parent, "id", rt.NewString(filename))
			rt.CreateDataProperty(parent, "filename", rt.NewString(filename))
			rt.CreateDataProperty(parent, "paths", rt.NewArray(nodeModulePaths(rt, dir)))
		}
		return rt.Call(rt.GetS(m.builtin("module"), "_resolveLookupPaths"), vm.Undefined, request, parent)
	})
	rt.CreateDataProperty(resolve, "paths", lookupPaths)
	rt.CreateDataProperty(req, "resolve", resolve)
	rt.CreateDataProperty(req, "main", m.mainMod)
	rt.DefineLazyDataProperty(req, "extensions", true, func() vm.Value {
		return rt.GetS(m.builtin("module"), "_extensions")
	})
	rt.CreateDataProperty(req, "cache", m.cache)
	return req
}

// pathsChanged reports whether a program gave mod paths other than its
// folder's node_modules chain (requizzle's wrapper assigns module.paths).
// The array the module was made with is the usual one, without looking.
func (m *moduleSystem) pathsChanged(mod, made vm.Value, dir string) bool {
	rt := m.n.VM
	if !mod.IsObject() {
		return false
	}
	paths := rt.GetS(mod, "paths")
	if paths == made || !rt.IsArray(paths) {
		return false
	}
	have := rt.ArrayValues(paths)
	usual := nodeModulePaths(rt, dir)
	if len(have) != len(usual) {
		return true
	}
	for i, p := range have {
		if !p.IsString() || rt.GoString(p) != rt.GoString(usual[i]) {
			return true
		}
	}
	return false
}

func (m *moduleSystem) builtin(name string) vm.Value {
	if v, ok := m.loaded[name]; ok {
		return v
	}
	mk, _ := m.maker(name)
	v := mk()
	m.loaded[name] = v
	m.n.VM.Realm().Extra["builtin:"+name] = v
	return v
}
