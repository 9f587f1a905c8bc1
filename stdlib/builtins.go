package stdlib

import (
	"sync"

	"fmt"
	"github.com/kilnjs/kiln/bytecode"

	"github.com/kilnjs/kiln/vm"
)

// Internal modules: parts of Node's library written in JavaScript on top of
// small Go bindings, because their logic is mostly object plumbing
// (EventEmitter, the Timeout class, fs argument handling) that reads better
// in JavaScript and behaves exactly like Node's own JavaScript.
//
// An internal module's source is a strict CommonJS-shaped function body
// called with (binding, require, module): binding is an object of Go natives made
// for it, require loads built-in modules, and what it leaves in
// module.exports is its result. The sources are Go constants so that the
// binary carries them; internal_test.go compiles every one of them, which
// is why a compile failure at startup is an invariant violation (a panic)
// rather than an error New would return.

// internalSources lists every internal module by name, for the test that
// compiles them all.
var internalSources = map[string]*string{
	"events":       &eventsSource,
	"process":      &processSource,
	"timers":       &timersSource,
	"fs":           &fsSource,
	"encoding":     &encodingSource,
	"domexception": &domexceptionSource,
}

// runInternal runs the internal module name and returns its exports.
func (n *Node) runInternal(name string, binding vm.Value) vm.Value {
	rt := n.VM
	src := internalSources[name]
	p := internalProgram(n, name, *src)
	require := rt.NewNativeFunction("require", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		id := rt.ToGoString(vm.Arg(args, 0))
		if _, ok := n.modules.builtins[id]; !ok {
			rt.Throw(n.modules.notFound(id, ""))
		}
		return n.modules.builtin(id)
	})
	module := rt.NewObject()
	rt.CreateDataProperty(module, "exports", rt.NewObject())
	rt.Call(rt.NewFunction(p.Main), vm.Undefined, binding, require, module)
	return rt.GetS(module, "exports")
}

// installBuiltinModules fills the registry of built-in modules that this
// package owns so far. installGlobals reaches it through installTimers,
// which it calls last.
func (n *Node) installBuiltinModules() {
	n.RegisterBuiltin("timers", func() vm.Value { return n.VM.Realm().Extra["internal:timers"] })
	n.RegisterBuiltin("timers/promises", func() vm.Value {
		return n.VM.GetS(n.VM.Realm().Extra["internal:timers"], "promises")
	})
	n.RegisterBuiltin("fs", n.makeFS)
	n.RegisterBuiltin("fs/promises", func() vm.Value { return n.VM.GetS(n.modules.builtin("fs"), "promises") })
}

// internalPrograms memoises the compiled internal modules for the process:
// compiled code is immutable and shared by every runtime. The first Node
// compiles them through its compile cache, so a fresh `kiln` process reads
// verified bytecode instead of parsing.
var internalPrograms sync.Map // name → *bytecode.Program

func internalProgram(n *Node, name, src string) *bytecode.Program {
	if p, ok := internalPrograms.Load(name); ok {
		return p.(*bytecode.Program)
	}
	// The sources start with a newline, so this prefix keeps line numbers.
	p, err := n.compileModule("'use strict'; const binding = exports;"+src, "node:internal/"+name)
	if err != nil {
		panic(fmt.Sprintf("kiln: internal module %s does not compile: %v", name, err))
	}
	internalPrograms.Store(name, p)
	return p
}
