package stdlib

import (
	"strings"

	"github.com/kilnjs/kiln/vm"
)

// Kiln's CommonJS loader is Go, where node's is JavaScript whose frames
// show in every stack taken in a module's body or in a require(): a
// program's stack would otherwise end at its own frames where node's goes
// on into Module._compile and Module._load. These are node's frames, at
// node v20.20's positions (the same in every stack), that Kiln's loader
// shows where node's would be (vm.Runtime.PushHostFrames and
// SetStackTail).

const cjsLoader = "node:internal/modules/cjs/loader"

// Written out whole, as literals: a package-level value built by a call
// would run at every start (TestNoKilnPackageInitialises).
var (
	// A require() resolving its request (Module._resolveFilename and
	// Module._load), and running the module it found (Module._compile to
	// Module._load).
	requireResolveFrames = []vm.StackFrame{
		{Func: "_resolveFilename", TypeName: "Function", MethodName: "_resolveFilename", Method: "Module._resolveFilename", File: cjsLoader, Line: 1207, Col: 15},
		{Func: "_load", TypeName: "Function", MethodName: "_load", Method: "Module._load", File: cjsLoader, Line: 1038, Col: 27},
		{Func: "require", TypeName: "Module", MethodName: "require", Method: "Module.require", File: cjsLoader, Line: 1289, Col: 19},
		{Func: "require", File: "node:internal/modules/helpers", Line: 182, Col: 18, Toplevel: true},
	}
	requireLoadFrames = []vm.StackFrame{
		{Func: "_compile", TypeName: "Module", MethodName: "_compile", Method: "Module._compile", File: cjsLoader, Line: 1521, Col: 14},
		{Func: "Module._extensions..js", TypeName: "Object", MethodName: ".js", Method: "Module._extensions..js", File: cjsLoader, Line: 1623, Col: 10},
		{Func: "load", TypeName: "Module", MethodName: "load", Method: "Module.load", File: cjsLoader, Line: 1266, Col: 32},
		{Func: "_load", TypeName: "Function", MethodName: "_load", Method: "Module._load", File: cjsLoader, Line: 1091, Col: 12},
		{Func: "require", TypeName: "Module", MethodName: "require", Method: "Module.require", File: cjsLoader, Line: 1289, Col: 19},
		{Func: "require", File: "node:internal/modules/helpers", Line: 182, Col: 18, Toplevel: true},
	}
	// Under the main module's body, and under the search for it.
	mainLoadFrames = []vm.StackFrame{
		{Func: "_compile", TypeName: "Module", MethodName: "_compile", Method: "Module._compile", File: cjsLoader, Line: 1521, Col: 14},
		{Func: "Module._extensions..js", TypeName: "Object", MethodName: ".js", Method: "Module._extensions..js", File: cjsLoader, Line: 1623, Col: 10},
		{Func: "load", TypeName: "Module", MethodName: "load", Method: "Module.load", File: cjsLoader, Line: 1266, Col: 32},
		{Func: "_load", TypeName: "Function", MethodName: "_load", Method: "Module._load", File: cjsLoader, Line: 1091, Col: 12},
		{Func: "executeUserEntryPoint", TypeName: "Function", MethodName: "runMain", Method: "Function.executeUserEntryPoint [as runMain]", File: "node:internal/modules/run_main", Line: 164, Col: 12},
		{File: "node:internal/main/run_main_module", Line: 28, Col: 49, Toplevel: true},
	}
	mainResolveFrames = []vm.StackFrame{
		{Func: "_resolveFilename", TypeName: "Function", MethodName: "_resolveFilename", Method: "Module._resolveFilename", File: cjsLoader, Line: 1207, Col: 15},
		{Func: "_load", TypeName: "Function", MethodName: "_load", Method: "Module._load", File: cjsLoader, Line: 1038, Col: 27},
		{Func: "executeUserEntryPoint", TypeName: "Function", MethodName: "runMain", Method: "Function.executeUserEntryPoint [as runMain]", File: "node:internal/modules/run_main", Line: 164, Col: 12},
		{File: "node:internal/main/run_main_module", Line: 28, Col: 49, Toplevel: true},
	}
)

const esmResolve = "node:internal/modules/esm/resolve"

// The ES module loader linking a module graph: the frames under a static
// import's resolution, after the two of the function that failed.
var (
	esmLinkFrames = []vm.StackFrame{
		{Func: "defaultResolve", File: esmResolve, Line: 1188, Col: 11, Toplevel: true},
		{Func: "defaultResolve", TypeName: "ModuleLoader", MethodName: "defaultResolve", Method: "ModuleLoader.defaultResolve", File: "node:internal/modules/esm/loader", Line: 708, Col: 12},
		{Func: "#cachedDefaultResolve", TypeName: "ModuleLoader", Method: "#cachedDefaultResolve", File: "node:internal/modules/esm/loader", Line: 657, Col: 25},
		{Func: "resolve", TypeName: "ModuleLoader", MethodName: "resolve", Method: "ModuleLoader.resolve", File: "node:internal/modules/esm/loader", Line: 640, Col: 38},
		{Func: "getModuleJobForImport", TypeName: "ModuleLoader", MethodName: "getModuleJobForImport", Method: "ModuleLoader.getModuleJobForImport", File: "node:internal/modules/esm/loader", Line: 264, Col: 38},
		{Func: "_link", TypeName: "ModuleJob", MethodName: "_link", Method: "ModuleJob._link", File: "node:internal/modules/esm/module_job", Line: 168, Col: 49},
	}
	esmMissingFileFrames = []vm.StackFrame{
		{Func: "finalizeResolution", File: esmResolve, Line: 283, Col: 11, Toplevel: true},
		{Func: "moduleResolve", File: esmResolve, Line: 952, Col: 10, Toplevel: true},
	}
	esmDirImportFrames = []vm.StackFrame{
		{Func: "finalizeResolution", File: esmResolve, Line: 271, Col: 11, Toplevel: true},
		{Func: "moduleResolve", File: esmResolve, Line: 952, Col: 10, Toplevel: true},
	}
	esmMissingPackageFrames = []vm.StackFrame{
		{Func: "packageResolve", File: esmResolve, Line: 873, Col: 9, Toplevel: true},
		{Func: "moduleResolve", File: esmResolve, Line: 946, Col: 18, Toplevel: true},
	}
	esmImportUndefinedFrames = []vm.StackFrame{
		{Func: "importNotDefined", File: esmResolve, Line: 309, Col: 10, Toplevel: true},
		{Func: "packageImportsResolve", File: esmResolve, Line: 760, Col: 9, Toplevel: true},
		{Func: "moduleResolve", File: esmResolve, Line: 936, Col: 16, Toplevel: true},
	}
)

// notExportedFrames are the frames of node's resolver over its
// ERR_PACKAGE_PATH_NOT_EXPORTED for e: packageExportsResolve throws it for
// a key whose target is null (exact or a pattern) or for no key, and
// packageResolve calls that for a package's self-reference or for one in
// node_modules.
func notExportedFrames(e *notExportedError) []vm.StackFrame {
	line, col := 670, 9
	if e.keyMatched {
		line, col = 613, 13
		if e.pattern {
			line = 665
		}
	}
	caller := 856
	if e.self {
		caller = 831
	}
	return []vm.StackFrame{
		{Func: "exportsNotFound", File: esmResolve, Line: 322, Col: 10, Toplevel: true},
		{Func: "packageExportsResolve", File: esmResolve, Line: line, Col: col, Toplevel: true},
		{Func: "packageResolve", File: esmResolve, Line: caller, Col: 14, Toplevel: true},
		{Func: "moduleResolve", File: esmResolve, Line: 946, Col: 18, Toplevel: true},
	}
}

// Under import(): the loader's import and the callback V8 calls, from an
// ES module or from a script (CommonJS, eval), above the caller's frames.
var (
	esmImportFromModuleFrames = []vm.StackFrame{
		{Func: "import", TypeName: "ModuleLoader", MethodName: "import", Method: "ModuleLoader.import", File: "node:internal/modules/esm/loader", Line: 605, Col: 34},
		{Func: "defaultImportModuleDynamicallyForModule", File: "node:internal/modules/esm/utils", Line: 221, Col: 31, Toplevel: true},
		{Func: "importModuleDynamicallyCallback", File: "node:internal/modules/esm/utils", Line: 260, Col: 12, Toplevel: true},
	}
	esmImportFromScriptFrames = []vm.StackFrame{
		{Func: "import", TypeName: "ModuleLoader", MethodName: "import", Method: "ModuleLoader.import", File: "node:internal/modules/esm/loader", Line: 605, Col: 34},
		{Func: "defaultImportModuleDynamicallyForScript", File: "node:internal/modules/esm/utils", Line: 234, Col: 31, Toplevel: true},
		{Func: "importModuleDynamicallyCallback", File: "node:internal/modules/esm/utils", Line: 256, Col: 12, Toplevel: true},
	}
)

// nodeThrow is a throw statement in one of node's own files that Kiln's
// errors name as their top frame: the banner over such an error, printed
// uncaught, quotes src.
type nodeThrow struct {
	file string
	line int
	src  string
}

// The throws Kiln's loader errors come from.
var (
	cjsResolveThrow         = nodeThrow{cjsLoader, 1210, "  throw err;"}
	cjsTryPackageThrow      = nodeThrow{cjsLoader, 499, "      throw err;"}
	cjsResolveExportsThrow  = nodeThrow{cjsLoader, 645, "      throw e;"}
	cjsTrySelfThrow         = nodeThrow{cjsLoader, 612, "    throw e;"}
	cjsImportsThrow         = nodeThrow{cjsLoader, 1177, "        throw e;"}
	esmMissingFileThrow     = nodeThrow{esmResolve, 283, "    throw new ERR_MODULE_NOT_FOUND("}
	esmDirImportThrow       = nodeThrow{esmResolve, 271, "    throw new ERR_UNSUPPORTED_DIR_IMPORT(path, basePath, String(resolved));"}
	esmMissingPackageThrow  = nodeThrow{esmResolve, 873, "  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);"}
	esmNotExportedThrow     = nodeThrow{esmResolve, 322, "  return new ERR_PACKAGE_PATH_NOT_EXPORTED("}
	esmImportUndefinedThrow = nodeThrow{esmResolve, 309, "  return new ERR_PACKAGE_IMPORT_NOT_DEFINED("}
)

// resolveSite is where node's ES module resolution throws err, when it is
// an error whose throw Kiln shows as node's: the two frames of the function
// that throws, and the throw.
func resolveSite(err error) (top []vm.StackFrame, at nodeThrow) {
	switch e := err.(type) {
	case *missingFileError:
		switch e.code {
		case "ERR_MODULE_NOT_FOUND":
			return esmMissingFileFrames, esmMissingFileThrow
		case "ERR_UNSUPPORTED_DIR_IMPORT":
			return esmDirImportFrames, esmDirImportThrow
		}
	case *notExportedError:
		return notExportedFrames(e), esmNotExportedThrow
	case *resolveError:
		switch {
		case e.code == "ERR_MODULE_NOT_FOUND" && strings.HasPrefix(e.msg, "Cannot find package "):
			return esmMissingPackageFrames, esmMissingPackageThrow
		case e.code == "ERR_PACKAGE_IMPORT_NOT_DEFINED":
			return esmImportUndefinedFrames, esmImportUndefinedThrow
		}
	}
	return nil, nodeThrow{}
}

// requireResolveSite is where node's require() throws err, when it is an
// error of the ES resolver that require() uses for "exports" and "imports":
// the frames above Module._load, and the throw (a rethrow in the loader).
func requireResolveSite(err error) (top []vm.StackFrame, at nodeThrow) {
	resolveFilename := func(line, col int) vm.StackFrame {
		return vm.StackFrame{Func: "_resolveFilename", TypeName: "Function", MethodName: "_resolveFilename",
			Method: "Module._resolveFilename", File: cjsLoader, Line: line, Col: col}
	}
	switch e := err.(type) {
	case *notExportedError:
		top = notExportedFrames(e)[:2]
		if e.self {
			return append(top, vm.StackFrame{Func: "trySelf", File: cjsLoader, Line: 605, Col: 34, Toplevel: true},
				resolveFilename(1184, 24)), cjsTrySelfThrow
		}
		return append(top,
			vm.StackFrame{Func: "resolveExports", File: cjsLoader, Line: 638, Col: 36, Toplevel: true},
			vm.StackFrame{Func: "_findPath", TypeName: "Function", MethodName: "_findPath", Method: "Module._findPath",
				File: cjsLoader, Line: 711, Col: 31},
			resolveFilename(1193, 27)), cjsResolveExportsThrow
	case *resolveError:
		if e.code == "ERR_PACKAGE_IMPORT_NOT_DEFINED" {
			return append(esmImportUndefinedFrames[:2:2], resolveFilename(1170, 11)), cjsImportsThrow
		}
	}
	return nil, nodeThrow{}
}

// requireErrorStack gives e, made for a require() whose resolution failed,
// node's frames top above Module._load in place of Module._resolveFilename's
// one, and reports whether it did (the stack had that frame on top).
func (n *Node) requireErrorStack(e vm.Value, top []vm.StackFrame) bool {
	rt := n.VM
	limit, ok := rt.StackTraceLimit()
	if !ok {
		return false
	}
	frames := rt.CaptureStack(limit + 1)
	if len(frames) == 0 || frames[0] != requireResolveFrames[0] {
		return false
	}
	stack := append(append([]vm.StackFrame(nil), top...), frames[1:]...)
	rt.SetErrorStack(e, stack[:min(limit, len(stack))])
	if code := rt.GetS(e, "code"); code.IsString() {
		n.codeInStack(e, rt.GoString(code))
	}
	return true
}

// nodeSourceLine is the source of a line of node's own files that Kiln's
// errors name in their top frame, or "".
func nodeSourceLine(file string, line int) string {
	for _, t := range [...]nodeThrow{cjsResolveThrow, cjsTryPackageThrow, cjsResolveExportsThrow, cjsTrySelfThrow,
		cjsImportsThrow, esmMissingFileThrow, esmDirImportThrow, esmMissingPackageThrow, esmNotExportedThrow,
		esmImportUndefinedThrow} {
		if t.file == file && t.line == line {
			return t.src
		}
	}
	return ""
}

// importError is the error of an import() whose specifier did not resolve,
// made with node's frames above the caller's when Kiln knows them.
func (n *Node) importError(err error, fromModule bool, value func() vm.Value) vm.Value {
	top, _ := resolveSite(err)
	if top == nil {
		return value()
	}
	below := esmImportFromScriptFrames
	if fromModule {
		below = esmImportFromModuleFrames
	}
	frames := append(append(append([]vm.StackFrame(nil), top...), esmLinkFrames[:len(esmLinkFrames)-1]...), below...)
	defer n.VM.PushHostFrames(frames)()
	return value()
}

// importLinkError is the error of a static import that did not resolve in
// the graph an import() loads: node links that graph in a job of its own,
// so its stack is the loader's frames alone, with none of the import()
// caller's, when it is one whose frames Kiln knows.
func (n *Node) importLinkError(err error, value func() vm.Value) vm.Value {
	e := value()
	top, _ := resolveSite(err)
	if top == nil {
		return e
	}
	if limit, ok := n.VM.StackTraceLimit(); ok {
		stack := append(append([]vm.StackFrame(nil), top...), esmLinkFrames...)
		n.VM.SetErrorStack(e, stack[:min(limit, len(stack))])
		if code := n.VM.GetS(e, "code"); code.IsString() {
			n.codeInStack(e, n.VM.GoString(code))
		}
	}
	return e
}

// throwLinkError throws the error of a static import that did not
// resolve as node's loader does, when it is one whose frames and banner
// Kiln knows: its stack ends in the loader's frames, and uncaught, its
// banner is the loader's throw. It returns having thrown nothing otherwise.
func (n *Node) throwLinkError(err error, value func() vm.Value) {
	top, at := resolveSite(err)
	if top == nil {
		return
	}
	rt := n.VM
	defer rt.SetStackTail(rt.SetStackTail(append(top[:len(top):len(top)], esmLinkFrames...)))
	n.throwFromNodeFile(value(), at)
}

// throwFromLoader throws a resolution error as node's Module._load
// rethrows it: uncaught, its banner is that line of node's loader.
func (n *Node) throwFromLoader(v vm.Value) { n.throwFromNodeFile(v, cjsResolveThrow) }

// throwFromNodeFile throws v from t. The caret of its banner goes where
// V8 puts it: under an error made there ("throw new ...", or "return new
// ..." in a function that makes the error its caller throws), else under
// the throw.
func (n *Node) throwFromNodeFile(v vm.Value, t nodeThrow) {
	col := len(t.src) - len(strings.TrimLeft(t.src, " "))
	for _, kw := range [...]string{"throw ", "return "} {
		if strings.HasPrefix(t.src[col:], kw+"new ") {
			col += len(kw)
		}
	}
	exc := &vm.Exception{Value: v, File: t.file, Line: t.line, Col: col, SourceLine: t.src}
	if n.VM.StackOnThrow {
		exc.Stack = n.VM.CaptureStack(10)
	}
	panic(exc)
}
