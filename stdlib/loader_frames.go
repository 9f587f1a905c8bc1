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

// throwFromLoader throws a resolution error as node's Module._load
// rethrows it: uncaught, its banner is that line of node's loader.
func (n *Node) throwFromLoader(v vm.Value) {
	n.throwFromLoaderAt(v, 1210, "  throw err;")
}

// throwFromLoaderAt is throwFromLoader for another of the loader's throw
// statements, at line with source src (the caret under its first word).
func (n *Node) throwFromLoaderAt(v vm.Value, line int, src string) {
	exc := &vm.Exception{Value: v, File: cjsLoader, Line: line, Col: len(src) - len(strings.TrimLeft(src, " ")), SourceLine: src}
	if n.VM.StackOnThrow {
		exc.Stack = n.VM.CaptureStack(10)
	}
	panic(exc)
}
