package stdlib

import (
	"math"
	"math/big"
	"strconv"
	"unsafe"

	"github.com/kilnjs/kiln/vm"
	"github.com/kilnjs/kiln/wasm"
)

// wasmState is the Go half of lib/internal/wasm.js for one Node: the
// engine's store and the map from each JavaScript object that stands for a
// Module, Instance, Memory, Table or Global to the engine's object.
//
// The JavaScript objects are pinned for as long as the Node lives: the map
// keys are their handles, which the collector could otherwise reuse for
// another object. Programs make few of them (a module, its instance and
// exports), so that is cheaper than weak bookkeeping. Exceptions are the
// exception: a program may throw any number of them, so exns holds them
// weakly (see exceptionTable).
type wasmState struct {
	store  wasm.Store
	ctors  [3]vm.Pin // CompileError, LinkError, RuntimeError
	protos [6]vm.Pin // Memory, Table, Global, Module, Tag, Exception prototypes
	objs   map[vm.Value]any
	// faces finds the object standing for a Memory, Table, Global or
	// Tag again (the first, if several do), for an export to keep its
	// identity.
	faces   map[wasm.Extern]vm.Value
	exns    exceptionTable
	funcs   map[*wasm.Function]vm.Value // exported functions as JavaScript sees them
	buffers map[*wasm.Memory]vm.Pin     // each memory's current ArrayBuffer
	// externs are the values externrefs hold, numbered from 1 (zero is
	// null); externIDs finds a value's number again, so passing the same
	// object does not grow the list. Each collection keeps the ones the
	// store may still use (wasm.Store.ExternRefs) and frees the others'
	// numbers for reuse (traceExterns): a long-running program passing
	// objects to wasm-bindgen code would otherwise keep every one of them.
	externs   []vm.Value // vm.Empty for a free number
	externIDs map[vm.Value]uint64
	freeIDs   []uint64
	inUse     []bool // traceExterns' scratch
	// exportFunc gives a wasm function its JavaScript face (fillWasm).
	exportFunc func(*wasm.Function) vm.Value
}

const (
	wasmCompileError = iota
	wasmLinkError
	wasmRuntimeError
)

func fillWasm(n *Node, b vm.Value) {
	rt := n.VM
	w := &wasmState{objs: map[vm.Value]any{}, faces: map[wasm.Extern]vm.Value{}, exns: exceptionTable{objs: map[vm.Value]*wasm.Exception{}, uncatchable: map[vm.Value]struct{}{}}, funcs: map[*wasm.Function]vm.Value{}, buffers: map[*wasm.Memory]vm.Pin{}, externIDs: map[vm.Value]uint64{}}
	n.wasm = w
	w.exns.w = w
	rt.TraceHostRoots(w.traceExterns)
	rt.TraceHostWeak(&w.exns)
	register := func(obj vm.Value, x any) {
		rt.Pin(obj)
		w.objs[obj] = x
		w.addFace(obj, x)
	}
	throw := func(kind int, msg string) {
		rt.Throw(rt.Construct(rt.Pinned(w.ctors[kind]), rt.NewString(msg)))
	}
	module := func(v vm.Value) *wasm.Module {
		m, _ := w.objs[v].(*wasm.Module)
		return m
	}
	rt.DefineMethod(b, "init", 9, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		for i := range w.ctors {
			w.ctors[i] = rt.Pin(vm.Arg(args, i))
		}
		for i := range w.protos {
			w.protos[i] = rt.Pin(vm.Arg(args, 3+i))
		}
		return vm.Undefined
	})
	w.store.Waiter = nodeWaiter{rt}
	rt.DefineMethod(b, "compile", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		data, _ := rt.BufferBytes(vm.Arg(args, 1))
		// The module keeps slices of its bytes (custom sections, data
		// segments), which the caller may change afterwards.
		m, err := wasm.Compile(append([]byte(nil), data...))
		if err != nil {
			throw(wasmCompileError, rt.ToGoString(vm.Arg(args, 2))+": "+err.Error())
		}
		register(vm.Arg(args, 0), m)
		return vm.Undefined
	})
	// instance(obj) marks obj as a WebAssembly.Instance, which structured
	// clone refuses (see CloneHost).
	rt.DefineMethod(b, "instance", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		register(vm.Arg(args, 0), wasmInstance{})
		return vm.Undefined
	})
	rt.DefineMethod(b, "validate", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		data, _ := rt.BufferBytes(vm.Arg(args, 0))
		_, err := wasm.Compile(data)
		return vm.Bool(err == nil)
	})
	rt.DefineMethod(b, "isModule", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return vm.Bool(module(vm.Arg(args, 0)) != nil)
	})
	rt.DefineMethod(b, "moduleExports", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		m := module(vm.Arg(args, 0))
		out := make([]vm.Value, len(m.Exports))
		for i, e := range m.Exports {
			out[i] = rt.NewArray([]vm.Value{rt.NewString(e.Name), rt.NewString(e.Kind.String())})
		}
		return rt.NewArray(out)
	})
	rt.DefineMethod(b, "moduleImports", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		m := module(vm.Arg(args, 0))
		out := make([]vm.Value, len(m.Imports))
		for i, im := range m.Imports {
			t := vm.Undefined
			if im.Kind == wasm.KindGlobal {
				t = rt.NewString(im.Global.Type.String())
			}
			out[i] = rt.NewArray([]vm.Value{rt.NewString(im.Module), rt.NewString(im.Name), rt.NewString(im.Kind.String()), t})
		}
		return rt.NewArray(out)
	})
	rt.DefineMethod(b, "customSections", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		m := module(vm.Arg(args, 0))
		name := rt.ToGoString(vm.Arg(args, 1))
		var out []vm.Value
		for _, c := range m.CustomSections {
			if c.Name == name {
				out = append(out, rt.NewArrayBuffer(append([]byte(nil), c.Data...)))
			}
		}
		return rt.NewArray(out)
	})

	// exportFunc gives a wasm function its JavaScript face, once: the same
	// function exported twice, or read back from a table, is the same
	// object, as the JS API's "exported function cache" requires.
	w.exportFunc = func(f *wasm.Function) vm.Value {
		if v, ok := w.funcs[f]; ok {
			return v
		}
		t := f.Type
		v128 := hasV128(t)
		v := rt.NewNativeFunction(strconv.Itoa(int(f.Index)), len(t.Params), func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			if v128 {
				rt.ThrowTypeError(v128Crossing)
			}
			in := w.toValues(rt, args, t.Params)
			res, err := w.store.Call(f, in)
			if err != nil {
				if e, ok := err.(*wasm.Exception); ok {
					w.throwException(rt, e)
				}
				// V8 marks the errors of traps and of stack overflow as
				// ones no wasm handler catches, not even catch_all, on
				// their way out through the wasm functions that called
				// JavaScript that called this one (see hostFunc), as the
				// vm does JavaScript's stack overflows
				// (vm.Runtime.IsStackOverflow).
				var v vm.Value
				if err == wasm.ErrStackOverflow {
					v = rt.NewError(vm.ErrRange, "Maximum call stack size exceeded")
				} else {
					v = rt.Construct(rt.Pinned(w.ctors[wasmRuntimeError]), rt.NewString(err.Error()))
				}
				w.exns.uncatchable[v] = struct{}{}
				rt.Throw(v)
			}
			return w.fromResults(rt, res, t.Results)
		})
		rt.Pin(v)
		w.funcs[f] = v
		w.objs[v] = f
		return v
	}
	exportFunc := w.exportFunc
	wrap := func(x any, proto int) vm.Value {
		v := rt.NewObjectProto(rt.Pinned(w.protos[proto]))
		register(v, x)
		return v
	}
	// wrapped finds the JavaScript object already standing for x, so that
	// an exported memory imported elsewhere keeps its identity.
	wrapped := func(x wasm.Extern, proto int) vm.Value {
		if v, ok := w.faces[x]; ok {
			return v
		}
		return wrap(x, proto)
	}
	// hostFunc turns a JavaScript callable into an import: arguments go
	// out as JavaScript values, the result comes back through
	// ToWebAssemblyValue (an iterable for several results).
	hostFunc := func(fn vm.Value, t *wasm.FuncType) *wasm.Function {
		if f, ok := w.objs[fn].(*wasm.Function); ok {
			return f
		}
		rt.Pin(fn)
		v128 := hasV128(t)
		return wasm.NewHostFunction(t, func(in []uint64) (out []uint64) {
			// What the call throws goes into wasm as an exception: a
			// WebAssembly.Exception as itself, anything else as a
			// foreign one that only catch_all catches.
			exc := rt.Try(func() {
				if v128 {
					rt.ThrowTypeError(v128Crossing)
				}
				args := make([]vm.Value, len(in))
				for i, p := range t.Params {
					args[i] = w.fromValue(rt, in[i], p)
				}
				r := rt.Call(fn, vm.Undefined, args...)
				out = make([]uint64, len(t.Results))
				switch len(t.Results) {
				case 0:
				case 1:
					out[0] = w.toValue(rt, r, t.Results[0])
				default:
					vals := rt.ArrayValues(r)
					if len(vals) != len(t.Results) {
						rt.ThrowTypeError("multi-return length mismatch")
					}
					out = w.toValues(rt, vals, t.Results)
				}
			})
			if exc != nil {
				if e, ok := w.exns.objs[exc.Value]; ok {
					panic(e)
				}
				if _, ok := w.exns.uncatchable[exc.Value]; ok || rt.IsStackOverflow(exc.Value) {
					// As a host function's own panic, it unwinds
					// wasm without meeting its handlers.
					panic(exc)
				}
				panic(&wasm.Exception{Host: exc})
			}
			return out
		})
	}
	rt.DefineMethod(b, "instantiate", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		m := module(vm.Arg(args, 0))
		ctx := rt.ToGoString(vm.Arg(args, 2))
		vals := rt.ArrayValues(vm.Arg(args, 1))
		imports := make([]wasm.Extern, len(m.Imports))
		for i, im := range m.Imports {
			v := vals[i]
			switch im.Kind {
			case wasm.KindFunc:
				imports[i] = hostFunc(v, m.ImportFuncType(&im))
			case wasm.KindTag:
				t, _ := w.objs[v].(*wasm.Tag)
				imports[i] = t
			case wasm.KindGlobal:
				if g, ok := w.objs[v].(*wasm.Global); ok {
					imports[i] = g
				} else {
					g := &wasm.Global{Type: im.Global, Value: w.toValue(rt, v, im.Global.Type)}
					w.store.Track(g)
					imports[i] = g
				}
			default:
				x, _ := w.objs[v].(wasm.Extern)
				imports[i] = x
			}
		}
		inst, err := w.store.Instantiate(m, imports)
		if err != nil {
			switch e := err.(type) {
			case *wasm.LinkError:
				im := m.Imports[e.Index]
				// V8 names every import function="...", whatever its kind.
				if e.Plain {
					throw(wasmLinkError, ctx+": "+e.Msg)
				}
				throw(wasmLinkError, ctx+": Import #"+strconv.Itoa(e.Index)+` module="`+im.Module+`" function="`+im.Name+`" error: `+e.Msg)
			case *wasm.Trap:
				throw(wasmRuntimeError, e.Msg)
			}
			if err == wasm.ErrStackOverflow {
				rt.ThrowRangeError("Maximum call stack size exceeded")
			}
			if err == wasm.ErrOutOfMemory {
				rt.ThrowRangeError("%s: %s", ctx, err.Error())
			}
			throw(wasmRuntimeError, err.Error())
		}
		out := make([]vm.Value, len(m.Exports))
		for i, e := range m.Exports {
			var v vm.Value
			switch x := inst.ExportValue(i).(type) {
			case *wasm.Function:
				v = exportFunc(x)
			case *wasm.Memory:
				v = wrapped(x, 0)
			case *wasm.Table:
				v = wrapped(x, 1)
			case *wasm.Global:
				v = wrapped(x, 2)
			case *wasm.Tag:
				v = wrapped(x, 4)
			}
			out[i] = rt.NewArray([]vm.Value{rt.NewString(e.Name), v})
		}
		return rt.NewArray(out)
	})

	memory := func(v vm.Value) *wasm.Memory {
		m, ok := w.objs[v].(*wasm.Memory)
		if !ok {
			rt.ThrowTypeError("Receiver is not a WebAssembly.Memory")
		}
		return m
	}
	limits := func(min, max vm.Value) wasm.Limits {
		l := wasm.Limits{Min: uint32(rt.ToNumber(min))}
		if max != vm.Undefined {
			l.Max, l.HasMax = uint32(rt.ToNumber(max)), true
		}
		return l
	}
	rt.DefineMethod(b, "memoryNew", 4, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		l := limits(vm.Arg(args, 1), vm.Arg(args, 2))
		l.Shared = rt.ToBoolean(vm.Arg(args, 3))
		m := wasm.NewMemory(l)
		if m == nil {
			rt.ThrowRangeError("WebAssembly.Memory(): could not allocate memory")
		}
		register(vm.Arg(args, 0), m)
		return vm.Undefined
	})
	rt.DefineMethod(b, "memoryBuffer", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		m := memory(vm.Arg(args, 0))
		data := m.Bytes()
		if p, ok := w.buffers[m]; ok {
			ab := rt.Pinned(p)
			if b, _ := rt.BufferBytes(ab); len(b) == len(data) {
				return rt.NewArray([]vm.Value{ab, vm.False})
			}
			// Another thread grew the shared memory: a new buffer shows
			// its new length, as V8 makes one.
			rt.Unpin(p)
		}
		// The buffer aliases the memory's bytes. Growth replaces an
		// unshared memory's bytes, and then the JS API detaches the old
		// buffer; a shared memory's buffer stays as it is, its length too,
		// and the next one is a new SharedArrayBuffer (frozen, as the JS
		// API makes it, by wasm.js).
		shared := m.Limits.Shared
		var ab vm.Value
		if shared {
			ab = rt.NewSharedArrayBuffer(data)
		} else {
			ab = rt.NewArrayBuffer(data)
		}
		w.buffers[m] = rt.Pin(ab)
		m.OnGrow = func() {
			if p, ok := w.buffers[m]; ok {
				if !shared {
					rt.DetachArrayBuffer(rt.Pinned(p))
				}
				rt.Unpin(p)
				delete(w.buffers, m)
			}
		}
		return rt.NewArray([]vm.Value{ab, vm.Bool(shared)})
	})
	rt.DefineMethod(b, "memoryGrow", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		m := memory(vm.Arg(args, 0))
		old := m.Grow(uint32(rt.ToNumber(vm.Arg(args, 1))))
		if old < 0 {
			rt.ThrowRangeError("WebAssembly.Memory.grow(): Maximum memory size exceeded")
		}
		return vm.Int(int(old))
	})

	table := func(v vm.Value) *wasm.Table {
		t, ok := w.objs[v].(*wasm.Table)
		if !ok {
			rt.ThrowTypeError("Receiver is not a WebAssembly.Table")
		}
		return t
	}
	funcOf := func(v vm.Value, ctx string) *wasm.Function {
		if v == vm.Null {
			return nil
		}
		f, ok := w.objs[v].(*wasm.Function)
		if !ok {
			rt.ThrowTypeError("%s: Argument 1 is invalid for table: function-typed object must be null (if nullable) or a Wasm function object", ctx)
		}
		return f
	}
	// tableValue is a JavaScript value as an entry of t: for a funcref
	// table a wasm function or null, for an externref one anything.
	tableValue := func(t *wasm.Table, v vm.Value, ctx string) uint64 {
		if t.Elem == wasm.FuncRef {
			return w.store.FuncRef(funcOf(v, ctx))
		}
		return w.toValue(rt, v, wasm.ExternRef)
	}
	rt.DefineMethod(b, "tableNew", 5, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		elem := wasm.FuncRef
		if rt.ToGoString(vm.Arg(args, 1)) == "externref" {
			elem = wasm.ExternRef
		}
		t := wasm.NewTable(elem, limits(vm.Arg(args, 2), vm.Arg(args, 3)))
		w.store.Track(t)
		init := tableValue(t, vm.Arg(args, 4), "WebAssembly.Table()")
		for i := range t.Len() {
			t.Set(&w.store, i, init)
		}
		register(vm.Arg(args, 0), t)
		return vm.Undefined
	})
	rt.DefineMethod(b, "tableLength", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return vm.Int(table(vm.Arg(args, 0)).Len())
	})
	rt.DefineMethod(b, "tableGet", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		t := table(vm.Arg(args, 0))
		i := int(rt.ToNumber(vm.Arg(args, 1)))
		if i >= t.Len() {
			rt.ThrowRangeError("WebAssembly.Table.get(): invalid index %d into function table", i)
		}
		return w.fromValue(rt, t.Get(&w.store, i), t.Elem)
	})
	rt.DefineMethod(b, "tableSet", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		t := table(vm.Arg(args, 0))
		i := int(rt.ToNumber(vm.Arg(args, 1)))
		if i >= t.Len() {
			rt.ThrowRangeError("WebAssembly.Table.set(): invalid index %d into function table", i)
		}
		t.Set(&w.store, i, tableValue(t, vm.Arg(args, 2), "WebAssembly.Table.set()"))
		return vm.Undefined
	})
	rt.DefineMethod(b, "tableGrow", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		t := table(vm.Arg(args, 0))
		old := t.Grow(&w.store, uint32(rt.ToNumber(vm.Arg(args, 1))), tableValue(t, vm.Arg(args, 2), "WebAssembly.Table.grow()"))
		if old < 0 {
			rt.ThrowRangeError("WebAssembly.Table.grow(): failed to grow table by %d", uint32(rt.ToNumber(vm.Arg(args, 1))))
		}
		return vm.Int(int(old))
	})
	rt.DefineMethod(b, "tableElement", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.NewString(table(vm.Arg(args, 0)).Elem.String())
	})

	tag := func(v vm.Value) *wasm.Tag {
		t, _ := w.objs[v].(*wasm.Tag)
		return t
	}
	rt.DefineMethod(b, "tagNew", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		t := &wasm.FuncType{}
		for _, name := range rt.ArrayValues(vm.Arg(args, 1)) {
			t.Params = append(t.Params, valTypeNamed(rt.ToGoString(name)))
		}
		register(vm.Arg(args, 0), wasm.NewTag(t))
		return vm.Undefined
	})
	rt.DefineMethod(b, "isTag", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return vm.Bool(tag(vm.Arg(args, 0)) != nil)
	})
	exception := func(v vm.Value, ctx string) *wasm.Exception {
		e, ok := w.exns.objs[v]
		if !ok {
			rt.ThrowTypeError("%s: Receiver is not a WebAssembly.Exception", ctx)
		}
		return e
	}
	rt.DefineMethod(b, "exceptionNew", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		t := tag(vm.Arg(args, 1))
		vals := rt.ArrayValues(vm.Arg(args, 2))
		// V8 takes as many values as the tag has parameters, zero for
		// those missing.
		if len(vals) > len(t.Type.Params) {
			vals = vals[:len(t.Type.Params)]
		}
		e := &wasm.Exception{Tag: t, Args: make([]uint64, len(t.Type.Params))}
		copy(e.Args, w.toValues(rt, vals, t.Type.Params[:len(vals)]))
		e.Host = vm.Arg(args, 0)
		w.exns.objs[vm.Arg(args, 0)] = e
		return vm.Undefined
	})
	rt.DefineMethod(b, "exceptionIs", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		e := exception(vm.Arg(args, 0), rt.ToGoString(vm.Arg(args, 2)))
		return vm.Bool(e.Tag == tag(vm.Arg(args, 1)))
	})
	rt.DefineMethod(b, "exceptionGetArg", 4, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		ctx := rt.ToGoString(vm.Arg(args, 3))
		e := exception(vm.Arg(args, 0), ctx)
		if e.Tag != tag(vm.Arg(args, 1)) {
			rt.ThrowTypeError("%s: First argument does not match the exception tag", ctx)
		}
		i := int(rt.ToNumber(vm.Arg(args, 2)))
		if i >= len(e.Tag.Type.Params) {
			rt.ThrowRangeError("%s: Index out of range", ctx)
		}
		return w.fromValue(rt, e.Args[i], e.Tag.Type.Params[i])
	})

	global := func(v vm.Value) *wasm.Global {
		g, ok := w.objs[v].(*wasm.Global)
		if !ok {
			rt.ThrowTypeError("Receiver is not a WebAssembly.Global")
		}
		return g
	}
	rt.DefineMethod(b, "globalNew", 4, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		t := valTypeNamed(rt.ToGoString(vm.Arg(args, 1)))
		g := &wasm.Global{Type: wasm.GlobalType{Type: t, Mutable: rt.ToBoolean(vm.Arg(args, 2))}}
		w.store.Track(g)
		// A missing value is the type's default: zero, or null for both
		// reference types (V8's, where the JS API says undefined for
		// externref).
		if v := vm.Arg(args, 3); v != vm.Undefined {
			g.Value = w.toValue(rt, v, t)
		}
		register(vm.Arg(args, 0), g)
		return vm.Undefined
	})
	rt.DefineMethod(b, "globalGet", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		g := global(vm.Arg(args, 0))
		if g.Type.Type == wasm.V128 {
			rt.ThrowTypeError("%s: Can't get the value of s128 WebAssembly.Global", rt.ToGoString(vm.Arg(args, 1)))
		}
		return w.fromValue(rt, g.Value, g.Type.Type)
	})
	rt.DefineMethod(b, "globalSet", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		g := global(vm.Arg(args, 0))
		if !g.Type.Mutable {
			rt.ThrowTypeError("set WebAssembly.Global.value: Can't set the value of an immutable global.")
		}
		if g.Type.Type == wasm.V128 {
			rt.ThrowTypeError("set WebAssembly.Global.value: Can't set the value of s128 WebAssembly.Global")
		}
		g.Value = w.toValue(rt, vm.Arg(args, 1), g.Type.Type)
		return vm.Undefined
	})
}

// addFace records obj as the object standing for x, if x is a Memory,
// Table, Global or Tag that none stands for yet.
func (w *wasmState) addFace(obj vm.Value, x any) {
	switch x := x.(type) {
	case *wasm.Memory, *wasm.Table, *wasm.Global, *wasm.Tag:
		e := x.(wasm.Extern)
		if _, ok := w.faces[e]; !ok {
			w.faces[e] = obj
		}
	}
}

// valTypeNamed is the value type the JS API names name (one it accepts).
func valTypeNamed(name string) wasm.ValType {
	switch name {
	case "i32":
		return wasm.I32
	case "i64":
		return wasm.I64
	case "f32":
		return wasm.F32
	case "externref":
		return wasm.ExternRef
	case "anyfunc", "funcref":
		return wasm.FuncRef
	}
	return wasm.F64
}

// throwException throws, in JavaScript, an exception that left wasm: a
// foreign one as the value JavaScript threw, a wasm one as its
// WebAssembly.Exception, made the first time it crosses.
func (w *wasmState) throwException(rt *vm.Runtime, e *wasm.Exception) {
	switch h := e.Host.(type) {
	case *vm.Exception:
		panic(h)
	case vm.Value:
		rt.Throw(h)
	}
	v := rt.NewObjectProto(rt.Pinned(w.protos[5]))
	w.exns.objs[v] = e
	e.Host = v
	rt.Throw(v)
}

// nodeWaiter is the Store's wasm.Waiter: memory.atomic.wait and notify
// meet JavaScript's Atomics.wait and notify in the vm's list of waiters
// (a shared memory's buffer holds the same bytes), and a wait blocks the
// thread as Atomics.wait does, the main thread's too, as node allows.
type nodeWaiter struct{ rt *vm.Runtime }

func (nw nodeWaiter) Wait(loc unsafe.Pointer, check func() bool, timeout int64) wasm.WaitResult {
	ms := math.Inf(1)
	if timeout >= 0 {
		ms = float64(timeout) / 1e6
	}
	switch nw.rt.WaitOn(loc, check, ms) {
	case "ok":
		return wasm.WaitOK
	case "not-equal":
		return wasm.WaitNotEqual
	}
	return wasm.WaitTimedOut
}

func (nodeWaiter) Notify(loc unsafe.Pointer, count uint32) uint32 {
	return uint32(vm.NotifyAt(loc, float64(count)))
}

// v128Crossing is V8's TypeError for a call between JavaScript and a
// function whose signature has a v128, which JavaScript has no value for
// (the JS API's ToJSValue and ToWebAssemblyValue fail).
const v128Crossing = "type incompatibility when transforming from/to JS"

func hasV128(t *wasm.FuncType) bool {
	for _, ts := range [2][]wasm.ValType{t.Params, t.Results} {
		for _, x := range ts {
			if x == wasm.V128 {
				return true
			}
		}
	}
	return false
}

// toWasmValue is the JS API's ToWebAssemblyValue: i64 takes a BigInt
// (ToBigInt throws for a Number), the others ToNumber.
func toWasmValue(rt *vm.Runtime, v vm.Value, t wasm.ValType) uint64 {
	switch t {
	case wasm.I64:
		n := rt.ToBigInt(v)
		var m big.Int
		m.And(n, new(big.Int).SetUint64(math.MaxUint64))
		return m.Uint64()
	case wasm.I32:
		return uint64(uint32(toInt32(rt.ToNumber(v))))
	case wasm.F32:
		return uint64(math.Float32bits(float32(rt.ToNumber(v))))
	}
	return math.Float64bits(rt.ToNumber(v))
}

// toInt32 is ECMA-262's ToInt32 of a Number.
func toInt32(f float64) int32 {
	if f != f || math.IsInf(f, 0) {
		return 0
	}
	return int32(uint32(int64(math.Mod(math.Trunc(f), 1<<32))))
}

func fromWasmValue(rt *vm.Runtime, x uint64, t wasm.ValType) vm.Value {
	switch t {
	case wasm.I32:
		return vm.Int(int(int32(uint32(x))))
	case wasm.I64:
		return rt.NewBigInt(big.NewInt(int64(x)))
	case wasm.F32:
		return vm.Float(float64(math.Float32frombits(uint32(x))))
	}
	return vm.Float(math.Float64frombits(x))
}

// toValue is ToWebAssemblyValue for any type: references get their
// numbers here, numbers their bits from toWasmValue.
func (w *wasmState) toValue(rt *vm.Runtime, v vm.Value, t wasm.ValType) uint64 {
	switch t {
	case wasm.ExternRef:
		if v == vm.Null {
			return 0
		}
		if id, ok := w.externIDs[v]; ok {
			return id
		}
		var id uint64
		if n := len(w.freeIDs); n > 0 {
			id = w.freeIDs[n-1]
			w.freeIDs = w.freeIDs[:n-1]
			w.externs[id-1] = v
		} else {
			w.externs = append(w.externs, v)
			id = uint64(len(w.externs))
		}
		w.externIDs[v] = id
		return id
	case wasm.FuncRef:
		if v == vm.Null {
			return 0
		}
		f, ok := w.objs[v].(*wasm.Function)
		if !ok {
			rt.ThrowTypeError("type incompatibility when transforming from/to JS")
		}
		return w.store.FuncRef(f)
	}
	return toWasmValue(rt, v, t)
}

// toValues converts args (missing ones undefined) to the types ts, the
// references last: converting a number may run JavaScript (valueOf), and a
// collection then would free a reference's new number, which nothing the
// store holds uses yet.
func (w *wasmState) toValues(rt *vm.Runtime, args []vm.Value, ts []wasm.ValType) []uint64 {
	out := make([]uint64, len(ts))
	for _, refs := range [2]bool{false, true} {
		for i, t := range ts {
			if t.IsRef() == refs {
				out[i] = w.toValue(rt, vm.Arg(args, i), t)
			}
		}
	}
	return out
}

// traceExterns marks, at each collection, the externref values the store
// may still use, and the JavaScript values of the exceptions its catch
// blocks hold: a foreign exception's thrown value, or a WebAssembly.Exception
// that wasm alone still refers to. The externrefs that live exceptions'
// payloads hold are marked after (exceptionTable.Ephemerons), and the
// numbers of the others are freed once marking is done
// (exceptionTable.Sweep).
func (w *wasmState) traceExterns(mark func(vm.Value)) {
	w.store.Exceptions(func(e *wasm.Exception) {
		switch h := e.Host.(type) {
		case *vm.Exception:
			mark(h.Value)
		case vm.Value:
			mark(h)
		}
	})
	n := len(w.externs)
	if cap(w.inUse) <= n {
		w.inUse = make([]bool, n+1)
	} else {
		w.inUse = w.inUse[:n+1]
		clear(w.inUse)
	}
	if n == 0 {
		return
	}
	w.store.ExternRefs(func(r uint64) {
		if r <= uint64(n) {
			w.inUse[r] = true
		}
	})
	for id := 1; id <= n; id++ {
		if v := w.externs[id-1]; v != vm.Empty && w.inUse[id] {
			mark(v)
		}
	}
}

// exceptionTable maps each WebAssembly.Exception object to its engine
// exception, weakly: the object owns the exception, and an exception
// thrown into wasm keeps its object while a catch block holds it
// (traceExterns). Its payload's externrefs stay in use while the object
// lives. uncatchable is the weak set of the errors wasm made for traps
// and stack overflow, which no wasm handler catches.
type exceptionTable struct {
	w           *wasmState
	objs        map[vm.Value]*wasm.Exception
	uncatchable map[vm.Value]struct{}
}

// Ephemerons marks the externref values in the payloads of the exceptions
// whose objects are marked.
func (t *exceptionTable) Ephemerons(isMarked func(vm.Value) bool, mark func(vm.Value)) bool {
	w := t.w
	progress := false
	for obj, e := range t.objs {
		if !isMarked(obj) {
			continue
		}
		for i, p := range e.Tag.Type.Params {
			id := e.Args[i]
			if p != wasm.ExternRef || id == 0 || id > uint64(len(w.externs)) {
				continue
			}
			w.inUse[id] = true
			if v := w.externs[id-1]; !isMarked(v) {
				mark(v)
				progress = true
			}
		}
	}
	return progress
}

// Sweep forgets the exceptions whose objects are garbage, and frees the
// numbers of the externref values nothing in use holds.
func (t *exceptionTable) Sweep(isMarked func(vm.Value) bool) {
	w := t.w
	for obj := range t.objs {
		if !isMarked(obj) {
			delete(t.objs, obj)
		}
	}
	for obj := range t.uncatchable {
		if !isMarked(obj) {
			delete(t.uncatchable, obj)
		}
	}
	for id := 1; id <= len(w.externs); id++ {
		if v := w.externs[id-1]; v != vm.Empty && !w.inUse[id] {
			delete(w.externIDs, v)
			w.externs[id-1] = vm.Empty
			w.freeIDs = append(w.freeIDs, uint64(id))
		}
	}
}

// fromValue is ToJSValue: a reference's number back to its value.
func (w *wasmState) fromValue(rt *vm.Runtime, x uint64, t wasm.ValType) vm.Value {
	switch t {
	case wasm.ExternRef:
		if x == 0 || x > uint64(len(w.externs)) || w.externs[x-1] == vm.Empty {
			return vm.Null
		}
		return w.externs[x-1]
	case wasm.FuncRef:
		f := w.store.Func(x)
		if f == nil {
			return vm.Null
		}
		return w.exportFunc(f)
	}
	return fromWasmValue(rt, x, t)
}

func (w *wasmState) fromResults(rt *vm.Runtime, res []uint64, ts []wasm.ValType) vm.Value {
	switch len(ts) {
	case 0:
		return vm.Undefined
	case 1:
		return w.fromValue(rt, res[0], ts[0])
	}
	out := make([]vm.Value, len(ts))
	for i, t := range ts {
		out[i] = w.fromValue(rt, res[i], t)
	}
	return rt.NewArray(out)
}

var _ vm.HostCloner = (*Node)(nil)

// wasmClone is a WebAssembly.Module or a shared WebAssembly.Memory in a
// message: node's structured clone carries both (the module compiled
// once, the memory still shared), and neither changes after it is made,
// so any number of threads may adopt one.
type wasmClone struct {
	module *wasm.Module
	memory *wasm.Memory
}

// wasmInstance marks a WebAssembly.Instance among the WebAssembly objects:
// its state lives in its exports, which are JavaScript objects.
type wasmInstance struct{}

// CloneHost implements vm.HostCloner for the WebAssembly objects: a
// Module and a shared Memory clone, the others are a DataCloneError as in
// V8.
func (n *Node) CloneHost(v vm.Value) (any, bool) {
	if n.wasm == nil {
		return nil, false
	}
	switch x := n.wasm.objs[v].(type) {
	case *wasm.Module:
		return wasmClone{module: x}, true
	case *wasm.Memory:
		if x.Limits.Shared {
			return wasmClone{memory: x}, true
		}
		n.VM.Throw(n.dataCloneError("#<Memory> could not be cloned."))
	case *wasm.Table:
		n.VM.Throw(n.dataCloneError("#<Table> could not be cloned."))
	case wasmInstance:
		n.VM.Throw(n.dataCloneError("#<Instance> could not be cloned."))
	case *wasm.Global:
		n.VM.Throw(n.dataCloneError("#<Global> could not be cloned."))
	}
	return nil, false
}

// AdoptClone implements vm.HostCloner: the receiving thread's Module over
// the same compiled module, or its Memory over the same shared bytes.
func (n *Node) AdoptClone(data any) vm.Value {
	rt := n.VM
	n.lib("internal/wasm")
	w := n.wasm
	c := data.(wasmClone)
	var v vm.Value
	if c.module != nil {
		v = rt.NewObjectProto(rt.Pinned(w.protos[3]))
		w.objs[v] = c.module
	} else {
		v = rt.NewObjectProto(rt.Pinned(w.protos[0]))
		m := c.memory.Share()
		w.objs[v] = m
		w.addFace(v, m)
	}
	rt.Pin(v)
	return v
}
