package stdlib

import (
	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/vm"
)

// The natives of vm.Module, vm.SourceTextModule and vm.SyntheticModule
// (lib/internal/vm_module.js; node --experimental-vm-modules). Each
// vm.Module wraps a vm module record named by its index in
// vmModules.recs. The classes drive linking themselves: the linker's
// modules are set as the record's requests (setRequested), then
// instantiate links the graph with the VM's algorithms, and evaluate runs
// it in the module's context. The records' callbacks into JavaScript
// (a synthetic module's evaluation steps, initializeImportMeta,
// importModuleDynamically) go through one dispatcher object that the
// library file registers, so Go holds no per-module JavaScript values.
// Records live as long as the Node, as the VM's module records do.

type vmModules struct {
	recs []*vmModuleRec
	// byProgram finds the module of running code, for import.meta and
	// import() (the VM's hooks name the Program).
	byProgram map[*bytecode.Program]int
	// dispatch is the library's object of callbacks: evaluate(id),
	// importMeta(id, meta), importDynamic(id, specifier, attributes).
	dispatch vm.Pin
	hasHooks bool
}

type vmModuleRec struct {
	mod     *vm.Module
	context int
	// lineOff and colOff are a source text module's offsets, applied to
	// its line tables and taken off again in its cached data.
	lineOff, colOff int32
	// instantiated is set when a synthetic module has been linked: the
	// VM makes them linked, node's start unlinked.
	instantiated bool
}

// vmModulesOn reports whether --experimental-vm-modules is in effect.
func (n *Node) vmModulesOn() bool {
	v, _ := n.opts.option("--experimental-vm-modules")
	return v == "true"
}

func (n *Node) vmModuleState() *vmModules {
	if n.vmModules == nil {
		n.vmModules = &vmModules{byProgram: map[*bytecode.Program]int{}}
	}
	return n.vmModules
}

// vmModuleOf returns the vm.Module record whose code p is, if any.
func (n *Node) vmModuleOf(p *bytecode.Program) (int, bool) {
	if n.vmModules == nil {
		return 0, false
	}
	id, ok := n.vmModules.byProgram[p]
	return id, ok
}

func fillVMModules(n *Node, b vm.Value) {
	rt := n.VM
	s := n.vmModuleState()
	rec := func(args []vm.Value) *vmModuleRec {
		id := int(rt.ToNumber(vm.Arg(args, 0)))
		if id < 0 || id >= len(s.recs) {
			rt.ThrowTypeError("vm: no module record %d", id)
		}
		return s.recs[id]
	}
	add := func(r *vmModuleRec) vm.Value {
		r.mod.Realm = n.vmRealm(r.context)
		s.recs = append(s.recs, r)
		return vm.Int(len(s.recs) - 1)
	}
	rt.DefineMethod(b, "setDispatch", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if !s.hasHooks {
			s.dispatch, s.hasHooks = rt.Pin(vm.Arg(args, 0)), true
		}
		return vm.Undefined
	})
	// compile(code, identifier, lineOffset, columnOffset, context,
	// cachedData) → id. Cached data is a snapshot of the module's
	// program (createCachedData), rejected as V8 rejects a bad cache when
	// it does not decode or holds another source.
	rt.DefineMethod(b, "compile", 6, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		src := rt.ToGoString(vm.Arg(args, 0))
		identifier := rt.ToGoString(vm.Arg(args, 1))
		lineOff := int(rt.ToNumber(vm.Arg(args, 2)))
		colOff := int(rt.ToNumber(vm.Arg(args, 3)))
		var p *bytecode.Program
		if data, ok := rt.BufferBytes(vm.Arg(args, 5)); ok {
			// The program keeps the bytes it decodes from.
			cached, err := bytecode.DecodeSnapshot(identifier, append([]byte(nil), data...))
			if err != nil || cached.Module == nil || cached.Source != src {
				rt.Throw(n.newNodeError(vm.ErrPlain, "ERR_VM_MODULE_CACHED_DATA_REJECTED", "cachedData buffer was rejected"))
			}
			cached.Filename = identifier
			p = cached
		} else {
			var err error
			if p, err = compileSource(src, identifier, KindModule, nil, false, false); err != nil {
				panic(n.vmSyntaxError(err, src, lineOff, colOff))
			}
		}
		shiftLines(p.Main, int32(lineOff), int32(colOff))
		mod := rt.NewSourceTextModule(p)
		id := add(&vmModuleRec{mod: mod, context: int(rt.ToNumber(vm.Arg(args, 4))), lineOff: int32(lineOff), colOff: int32(colOff)})
		s.byProgram[p] = int(id.Float())
		return id
	})
	// synthetic(exportNames, context) → id; its evaluation steps are the
	// dispatcher's evaluate(id).
	rt.DefineMethod(b, "synthetic", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		var names []string
		for _, v := range rt.ArrayValues(vm.Arg(args, 0)) {
			names = append(names, rt.ToGoString(v))
		}
		id := len(s.recs)
		mod := rt.NewSyntheticModule(names, func(*vm.Module) {
			d := rt.Pinned(s.dispatch)
			rt.Call(rt.GetS(d, "evaluate"), d, vm.Int(id))
		})
		return add(&vmModuleRec{mod: mod, context: int(rt.ToNumber(vm.Arg(args, 1)))})
	})
	// requests(id) → [[specifier, attributes], ...], in source order.
	rt.DefineMethod(b, "requests", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		var out []vm.Value
		for _, req := range rec(args).mod.Requests() {
			attrs := rt.NewObjectProto(vm.Null)
			for _, a := range req.Attributes {
				rt.CreateDataProperty(attrs, a.Key, rt.NewString(a.Value))
			}
			out = append(out, rt.NewArray([]vm.Value{rt.NewString(req.Specifier), attrs}))
		}
		return rt.NewArray(out)
	})
	rt.DefineMethod(b, "setRequested", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		r := rec(args)
		dep := rec(args[2:])
		r.mod.SetRequested(int(rt.ToNumber(vm.Arg(args, 1))), dep.mod)
		return vm.Undefined
	})
	// instantiate(id) links the graph whose requests are all set; a
	// missing or ambiguous export throws its SyntaxError.
	rt.DefineMethod(b, "instantiate", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		r := rec(args)
		if r.mod.Program == nil {
			r.instantiated = true
			return vm.Undefined
		}
		rt.Link(r.mod)
		// A synthetic module linked as a dependency is linked too.
		for _, d := range s.recs {
			if d.mod.Program == nil && !d.instantiated && s.reaches(r.mod, d.mod) {
				d.instantiated = true
			}
		}
		return vm.Undefined
	})
	// evaluate(id, timeout) → the promise of the graph's evaluation.
	rt.DefineMethod(b, "evaluate", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		r := rec(args)
		var p vm.Value
		exc := rt.Try(func() {
			n.vmTimed(n.vmRealm(r.context), rt.ToNumber(vm.Arg(args, 1)), func() { p = rt.Evaluate(r.mod) })
		})
		if exc != nil {
			// The timeout stopped the evaluation: node's module is errored.
			rt.FailEvaluation(r.mod, exc.Value)
			panic(exc)
		}
		return p
	})
	rt.DefineMethod(b, "status", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.NewString(rec(args).status())
	})
	rt.DefineMethod(b, "namespace", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.ModuleNamespace(rec(args).mod)
	})
	rt.DefineMethod(b, "error", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		v, _ := rec(args).mod.EvaluationError()
		return v
	})
	// createCachedData(id) → the module's program as a snapshot, without
	// its line offsets.
	rt.DefineMethod(b, "createCachedData", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		r := rec(args)
		p := r.mod.Program
		unshiftLines(p.Main, r.lineOff, r.colOff)
		data, err := bytecode.EncodeSnapshot(p, bytecode.SnapshotOptions{})
		shiftLines(p.Main, r.lineOff, r.colOff)
		if err != nil {
			rt.ThrowTypeError("vm: cannot create cached data: %v", err)
		}
		return rt.NewUint8Array(data)
	})
	rt.DefineMethod(b, "isModuleNamespaceObject", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return vm.Bool(rt.IsModuleNamespace(vm.Arg(args, 0)))
	})
	rt.DefineMethod(b, "setExport", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		r := rec(args)
		name := rt.ToGoString(vm.Arg(args, 1))
		if !r.mod.HasExport(name) {
			rt.ThrowReferenceError("Export '%s' is not defined in module", name)
		}
		rt.SetExport(r.mod, name, vm.Arg(args, 2))
		return vm.Undefined
	})
}

// unshiftLines undoes shiftLines(f, lines, cols).
func unshiftLines(f *bytecode.Function, lines, cols int32) {
	if lines == 0 && cols == 0 {
		return
	}
	for i := range f.Lines {
		f.Lines[i].Line -= lines
		if f.Lines[i].Line == 1 {
			f.Lines[i].Col -= cols
		}
	}
	for _, sub := range f.Funcs {
		unshiftLines(sub, lines, cols)
	}
}

// reaches reports whether dep is in the graph m imports.
func (s *vmModules) reaches(m, dep *vm.Module) bool {
	seen := map[*vm.Module]bool{}
	var walk func(m *vm.Module) bool
	walk = func(m *vm.Module) bool {
		if m == dep {
			return true
		}
		if seen[m] {
			return false
		}
		seen[m] = true
		for i := range m.Requests() {
			if d := m.Requested(i); d != nil && walk(d) {
				return true
			}
		}
		return false
	}
	return walk(m)
}

// status is the module's status as node names it. V8 reports a module
// whose top-level await is pending as evaluated, and any module whose
// evaluation failed as errored.
func (r *vmModuleRec) status() string {
	if _, failed := r.mod.EvaluationError(); failed {
		return "errored"
	}
	if r.mod.Program == nil && !r.instantiated {
		return "unlinked"
	}
	switch r.mod.Status() {
	case vm.ModuleLinking:
		return "linking"
	case vm.ModuleLinked:
		return "linked"
	case vm.ModuleEvaluating:
		return "evaluating"
	case vm.ModuleEvaluatingAsync, vm.ModuleEvaluated:
		return "evaluated"
	}
	return "unlinked"
}

// importMeta fills the import.meta of a vm.SourceTextModule through its
// initializeImportMeta, if it has one (the library decides).
func (n *Node) vmImportMeta(id int, meta vm.Value) {
	rt := n.VM
	s := n.vmModules
	if !s.hasHooks {
		return
	}
	d := rt.Pinned(s.dispatch)
	rt.Call(rt.GetS(d, "importMeta"), d, vm.Int(id), meta)
}

// vmDynamicImport is import() in a vm.SourceTextModule: its
// importModuleDynamically answers, through the library, with a promise of
// the namespace.
func (n *Node) vmDynamicImport(id int, spec vm.Value, attrs []bytecode.ImportAttribute) vm.Value {
	rt := n.VM
	s := n.vmModules
	var p vm.Value
	exc := rt.Try(func() {
		a := rt.NewObjectProto(vm.Null)
		for _, at := range attrs {
			rt.CreateDataProperty(a, at.Key, rt.NewString(at.Value))
		}
		d := rt.Pinned(s.dispatch)
		p = rt.Call(rt.GetS(d, "importDynamic"), d, vm.Int(id), spec, a)
	})
	if exc != nil {
		return rt.RejectedPromise(exc.Value)
	}
	return p
}
