package stdlib

import "github.com/kilnjs/kiln/vm"

// Kiln's CommonJS loader is Go, where node's is JavaScript whose frames
// show in every stack taken in a module's body or in a require(): a
// program's stack would otherwise end at its own frames where node's goes
// on into Module._compile and Module._load. These are node's frames, at
// node v20.20's positions (the same in every stack), that Kiln's loader
// shows where node's would be (vm.Runtime.PushHostFrames and
// SetStackTail).

const cjsLoader = "node:internal/modules/cjs/loader"

// loaderFrame is a frame of node's CommonJS loader: a method of Module's
// (static methods have Module, a function, as receiver).
func loaderFrame(typ, method string, line, col int) vm.StackFrame {
	return vm.StackFrame{Func: method, TypeName: typ, MethodName: method, Method: "Module." + method,
		File: cjsLoader, Line: line, Col: col}
}

var (
	requireFrames = []vm.StackFrame{
		loaderFrame("Module", "require", 1289, 19),
		{Func: "require", File: "node:internal/modules/helpers", Line: 182, Col: 18, Toplevel: true},
	}
	runMainFrames = []vm.StackFrame{
		{Func: "executeUserEntryPoint", TypeName: "Function", MethodName: "runMain",
			Method: "Function.executeUserEntryPoint [as runMain]", File: "node:internal/modules/run_main", Line: 164, Col: 12},
		{File: "node:internal/main/run_main_module", Line: 28, Col: 49, Toplevel: true},
	}
	resolveFrames = []vm.StackFrame{
		loaderFrame("Function", "_resolveFilename", 1207, 15),
		loaderFrame("Function", "_load", 1038, 27),
	}
	loadFrames = []vm.StackFrame{
		loaderFrame("Module", "_compile", 1521, 14),
		{Func: "Module._extensions..js", TypeName: "Object", MethodName: ".js", Method: "Module._extensions..js",
			File: cjsLoader, Line: 1623, Col: 10},
		loaderFrame("Module", "load", 1266, 32),
		loaderFrame("Function", "_load", 1091, 12),
	}

	// A require() resolving its request, and running the module it found.
	requireResolveFrames = concatFrames(resolveFrames, requireFrames)
	requireLoadFrames    = concatFrames(loadFrames, requireFrames)
	// Under the main module's body, and under the search for it.
	mainLoadFrames    = concatFrames(loadFrames, runMainFrames)
	mainResolveFrames = concatFrames(resolveFrames, runMainFrames)
)

func concatFrames(a, b []vm.StackFrame) []vm.StackFrame {
	return append(append([]vm.StackFrame(nil), a...), b...)
}

// throwFromLoader throws a resolution error as node's Module._load
// rethrows it: uncaught, its banner is that line of node's loader.
func (n *Node) throwFromLoader(v vm.Value) {
	exc := &vm.Exception{Value: v, File: cjsLoader, Line: 1210, Col: 2, SourceLine: "  throw err;"}
	if n.VM.StackOnThrow {
		exc.Stack = n.VM.CaptureStack(10)
	}
	panic(exc)
}
