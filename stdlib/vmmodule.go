package stdlib

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/parser"
	"github.com/kilnjs/kiln/vm"
)

// The natives of node's vm module (lib/vm.js). A context is a realm of its
// own whose global object is a Proxy over the sandbox (made by vm.js), so
// that global reads find the sandbox's properties before the realm's
// built-ins and global assignments and declarations land on the sandbox.
// Compiled code travels as function objects: a script is its top-level
// code as a closure, made again in the context's realm for each run, since
// a function runs in the realm it was made in.

func fillVM(n *Node, b vm.Value) {
	rt := n.VM
	if n.vmRealms == nil {
		n.vmRealms = []*vm.Realm{rt.Realm()}
	}
	rt.DefineValue(b, "vmModules", vm.Bool(n.vmModulesOn()))
	rt.DefineMethod(b, "compile", 5, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		var params []string
		if p := vm.Arg(args, 4); p.IsObject() {
			for _, v := range rt.ArrayValues(p) {
				params = append(params, rt.ToGoString(v))
			}
		}
		src := rt.ToGoString(vm.Arg(args, 0))
		filename := rt.ToGoString(vm.Arg(args, 1))
		lineOff := int(rt.ToNumber(vm.Arg(args, 2)))
		colOff := int(rt.ToNumber(vm.Arg(args, 3)))
		p, err := compileForVM(src, filename, vm.Arg(args, 4).IsObject(), params, n.counting())
		if err != nil {
			panic(n.vmSyntaxError(err, src, lineOff, colOff))
		}
		if n.counting() {
			n.coverPrograms = append(n.coverPrograms, coverProgram{p: p, url: vmScriptURL(filename)})
		}
		shiftLines(p.Main, int32(lineOff), int32(colOff))
		return rt.NewFunction(p.Main)
	})
	rt.DefineMethod(b, "createRealm", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		r := rt.NewRealm()
		n.vmRealms = append(n.vmRealms, r)
		// V8 gives every context a WebAssembly namespace of its own: the
		// lib file runs again in the new realm (n.lib keeps exports per
		// realm) when a program first reads it, as in the main realm.
		rt.InRealm(r, func() { defineContextConsole(rt, r.GlobalThis) })
		rt.DefineLazyDataProperty(r.GlobalThis, "WebAssembly", false, func() vm.Value {
			var ns vm.Value
			rt.InRealm(r, func() { ns = rt.GetS(n.lib("internal/wasm"), "WebAssembly") })
			return ns
		})
		global := rt.Call(vm.Arg(args, 0), vm.Undefined, r.GlobalThis)
		r.GlobalThis = global
		return vm.Int(len(n.vmRealms) - 1)
	})
	rt.DefineMethod(b, "run", 4, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		id := int(rt.ToNumber(vm.Arg(args, 0)))
		timeout := rt.ToNumber(vm.Arg(args, 2))
		return n.vmRun(n.vmRealm(id), vm.Arg(args, 1), timeout, rt.ToBoolean(vm.Arg(args, 3)))
	})
}

// compileForVM compiles src as a classic script, or as the body of a
// function taking params when asFunction is set, with coverage counters
// when cover is.
func compileForVM(src, filename string, asFunction bool, params []string, cover bool) (*bytecode.Program, error) {
	if asFunction {
		return compileSource(src, filename, kindFunction, params, false, cover)
	}
	return compileSource(src, filename, KindScript, nil, false, cover)
}

// shiftLines applies a Script's lineOffset and columnOffset to the line
// tables of f and its nested functions; the column offset applies to the
// first line only, as in node.
func shiftLines(f *bytecode.Function, lines, cols int32) {
	if lines == 0 && cols == 0 {
		return
	}
	for i := range f.Lines {
		if f.Lines[i].Line == 1 {
			f.Lines[i].Col += cols
		}
		f.Lines[i].Line += lines
	}
	for _, sub := range f.Funcs {
		shiftLines(sub, lines, cols)
	}
}

// vmSyntaxError is the SyntaxError a vm compile throws: its stack starts
// with the file, line and a caret under the error, as node's does.
func (n *Node) vmSyntaxError(err error, src string, lineOff, colOff int) *vm.Exception {
	var se *parser.SyntaxError
	if !errors.As(err, &se) {
		return n.syntaxError(err, src)
	}
	rt := n.VM
	line, col := se.Line+lineOff, se.Column
	if se.Line == 1 {
		col += colOff
	}
	text := lineOf(src, se.Line)
	if se.Line == 1 && colOff > 0 {
		text = strings.Repeat(" ", colOff) + text
	}
	exc := &vm.Exception{File: se.File, Line: line, Col: col, SourceLine: text}
	if se.EndLine != 0 {
		exc.EndLine, exc.EndCol = se.EndLine+lineOff, se.EndColumn
		if se.EndLine == 1 {
			exc.EndCol += colOff
		}
	}
	e := rt.NewError(vm.ErrSyntax, se.Msg)
	stack := se.File + ":" + strconv.Itoa(line) + "\n" + text + "\n"
	if carets, ok := caretsFor(exc, text, false); ok {
		stack += caretIndent(text, col) + carets + "\n"
	}
	// The error's own stack, below the banner, has the frames of the
	// code that called the compile.
	rt.SetS(e, "stack", rt.NewString(stack+"\n"+rt.ToGoString(rt.GetS(e, "stack"))))
	n.markDecorated(e)
	exc.Value = e
	return exc
}

// vmRun calls the compiled top level fn in realm r with this = its global.
// A positive timeout (ms) interrupts the run when it elapses and turns the
// termination into node's ERR_SCRIPT_EXECUTION_TIMEOUT. With display (the
// displayErrors option), an error thrown out of the script has the line it
// was thrown at put in front of its stack, once, as node's
// DecorateErrorStack does.
func (n *Node) vmRun(r *vm.Realm, fn vm.Value, timeout float64, display bool) (result vm.Value) {
	rt := n.VM
	if display {
		defer n.decorateThrown()
	}
	n.vmTimed(r, timeout, func() { result = rt.Call(rt.NewFunctionLike(fn), rt.Global()) })
	return result
}

// decorateThrown, deferred around a script's run, puts the line an
// exception was thrown at in front of its stack as it leaves the script, as
// node's DecorateErrorStack does for vm runs with displayErrors and for -e
// code, and throws it on.
func (n *Node) decorateThrown() {
	if p := recover(); p != nil {
		if exc, ok := p.(*vm.Exception); ok && !n.decorated(exc.Value) {
			panic(n.decorate(exc))
		}
		panic(p)
	}
}

// vmRealm is the realm of context id: 0 is the main realm ("this
// context"), the others createRealm made. A context lives as long as the
// Node: realms are roots anyway.
func (n *Node) vmRealm(id int) *vm.Realm { return n.vmRealms[id] }

// vmTimed runs run in realm r, interrupted after timeout ms when that is
// positive, the termination turned into node's
// ERR_SCRIPT_EXECUTION_TIMEOUT.
func (n *Node) vmTimed(r *vm.Realm, timeout float64, run func()) {
	rt := n.VM
	if !(timeout > 0) {
		rt.InRealm(r, run)
		return
	}
	fired := make(chan struct{})
	t := time.AfterFunc(time.Duration(timeout*float64(time.Millisecond)), func() {
		rt.Interrupt()
		close(fired)
	})
	defer func() {
		timedOut := !t.Stop()
		if timedOut {
			// The interrupt may have come after the code finished: it must
			// not stop whatever runs next.
			<-fired
			rt.ClearInterrupt()
		}
		if p := recover(); p != nil {
			if _, ok := p.(*vm.Terminated); ok && timedOut {
				rt.Throw(n.newNodeError(vm.ErrPlain, "ERR_SCRIPT_EXECUTION_TIMEOUT",
					"Script execution timed out after "+strconv.FormatFloat(timeout, 'f', -1, 64)+"ms"))
			}
			panic(p)
		}
	}()
	rt.InRealm(r, run)
}
