package wasm

import "fmt"

// Extern is a function, table, memory or global: what modules import and
// export.
type Extern interface{ externKind() ExternKind }

// HostFunc is an imported function implemented by the embedder. It gets
// the arguments as raw bits (i32/f32 in the low 32 bits), in a slice that
// is only valid until it returns, and returns the results so. It may call back into the store, and may panic with its own
// exception value, which unwinds through the wasm frames untouched.
type HostFunc func(args []uint64) []uint64

// Function is a wasm function of an instance, or a host function.
type Function struct {
	Type *FuncType
	// Index is the function's place in its module's function index
	// space (V8 names exported functions by it); zero for host functions.
	Index uint32
	inst  *Instance
	code  *funcCode
	host  HostFunc
}

// NewHostFunction wraps a Go callback as a function that modules can
// import.
func NewHostFunction(t *FuncType, f HostFunc) *Function { return &Function{Type: t, host: f} }

// IsHost reports whether f is a host function.
func (f *Function) IsHost() bool { return f.host != nil }

// Memory is a linear memory. Data is replaced (not resized in place) on
// growth, so an embedder that shares it must look again after calls.
type Memory struct {
	Data   []byte
	Limits Limits
	// OnGrow, when set, runs after every successful growth (the JS API
	// detaches the memory's ArrayBuffer then).
	OnGrow func()
}

// maxAllocPages bounds what a memory may really hold (1 GiB), below the
// format's 4 GiB: past what the machine can give, Go's allocator does not
// fail, it ends the process, and a module's declared sizes are untrusted.
const maxAllocPages = 16384

// ErrOutOfMemory is returned when a memory's initial size is beyond what
// this implementation allocates.
var ErrOutOfMemory error = outOfMemory{}

type outOfMemory struct{}

func (outOfMemory) Error() string {
	return "Out of memory: Cannot allocate Wasm memory for new instance"
}

// NewMemory makes a memory of l.Min pages, or returns nil when that is
// more than this implementation allocates.
func NewMemory(l Limits) *Memory {
	if l.Min > maxAllocPages {
		return nil
	}
	return &Memory{Data: make([]byte, int(l.Min)*pageSize), Limits: l}
}

// Pages is the memory's size in 64 KiB pages.
func (m *Memory) Pages() uint32 { return uint32(len(m.Data) / pageSize) }

// Grow adds delta pages and returns the old size, or -1 when the maximum
// (declared or the implementation's) does not allow it.
func (m *Memory) Grow(delta uint32) int64 {
	old := m.Pages()
	max := uint64(maxAllocPages)
	if m.Limits.HasMax && uint64(m.Limits.Max) < max {
		max = uint64(m.Limits.Max)
	}
	if uint64(old)+uint64(delta) > max {
		return -1
	}
	d := make([]byte, (int(old)+int(delta))*pageSize)
	copy(d, m.Data)
	m.Data = d
	if m.OnGrow != nil {
		m.OnGrow()
	}
	return int64(old)
}

// Table is a table of function references (nil is a null entry).
type Table struct {
	Elems  []*Function
	Limits Limits
}

// NewTable makes a table of l.Min null entries.
func NewTable(l Limits) *Table { return &Table{Elems: make([]*Function, l.Min), Limits: l} }

// Grow adds delta entries set to init and returns the old size, or -1.
func (t *Table) Grow(delta uint32, init *Function) int64 {
	old := len(t.Elems)
	max := uint64(maxTableSize)
	if t.Limits.HasMax && uint64(t.Limits.Max) < max {
		max = uint64(t.Limits.Max)
	}
	if uint64(old)+uint64(delta) > max {
		return -1
	}
	for range delta {
		t.Elems = append(t.Elems, init)
	}
	return int64(old)
}

// Global is a global variable's cell.
type Global struct {
	Type  GlobalType
	Value uint64
}

func (*Function) externKind() ExternKind { return KindFunc }
func (*Table) externKind() ExternKind    { return KindTable }
func (*Memory) externKind() ExternKind   { return KindMemory }
func (*Global) externKind() ExternKind   { return KindGlobal }

// Instance is an instantiated module.
type Instance struct {
	Module  *Module
	funcs   []*Function
	tables  []*Table
	mems    []*Memory
	globals []*Global
	dropped []bool // data segments dropped by data.drop (or applied)
	store   *Store
}

// Export returns the export named name, or nil.
func (in *Instance) Export(name string) Extern {
	for _, e := range in.Module.Exports {
		if e.Name == name {
			return in.extern(e)
		}
	}
	return nil
}

func (in *Instance) extern(e Export) Extern {
	switch e.Kind {
	case KindFunc:
		return in.funcs[e.Index]
	case KindTable:
		return in.tables[e.Index]
	case KindMemory:
		return in.mems[e.Index]
	}
	return in.globals[e.Index]
}

// ExportValue returns export i of the module's export list.
func (in *Instance) ExportValue(i int) Extern { return in.extern(in.Module.Exports[i]) }

// LinkError is an import that does not fit its declaration.
type LinkError struct {
	Index int // the import's position
	Msg   string
}

func (e *LinkError) Error() string { return e.Msg }

// Trap is a run-time failure of wasm code, worded as V8 words it.
type Trap struct{ Msg string }

func (t *Trap) Error() string { return t.Msg }

// ErrStackOverflow is returned when calls nest deeper than the store
// allows. A struct value rather than errors.New, so that it costs no
// package initialisation.
var ErrStackOverflow error = stackOverflow{}

type stackOverflow struct{}

func (stackOverflow) Error() string { return "Maximum call stack size exceeded" }

// Instantiate links m with imports (one per import, in order), initialises
// globals, tables and memories, applies the segments and runs the start
// function. A failure after linking (a segment out of bounds, a trap in
// start) is a *Trap.
func (s *Store) Instantiate(m *Module, imports []Extern) (*Instance, error) {
	if len(imports) != len(m.Imports) {
		return nil, &LinkError{Msg: fmt.Sprintf("expected %d imports, got %d", len(m.Imports), len(imports))}
	}
	in := &Instance{Module: m, store: s}
	for i, im := range m.Imports {
		x := imports[i]
		if x == nil || x.externKind() != im.Kind {
			return nil, &LinkError{Index: i, Msg: fmt.Sprintf("%s import requires a %s", im.Kind, kindNoun(im.Kind))}
		}
		switch im.Kind {
		case KindFunc:
			f := x.(*Function)
			if !f.Type.Equal(m.Types[im.Type]) {
				return nil, &LinkError{Index: i, Msg: "imported function does not match the expected type"}
			}
			in.funcs = append(in.funcs, f)
		case KindTable:
			t := x.(*Table)
			if !limitsFit(uint64(len(t.Elems)), t.Limits, im.Limits) {
				return nil, &LinkError{Index: i, Msg: "table import has a size or maximum that does not fit"}
			}
			in.tables = append(in.tables, t)
		case KindMemory:
			mem := x.(*Memory)
			if !limitsFit(uint64(mem.Pages()), mem.Limits, im.Limits) {
				return nil, &LinkError{Index: i, Msg: "memory import has a size or maximum that does not fit"}
			}
			in.mems = append(in.mems, mem)
		case KindGlobal:
			g := x.(*Global)
			if g.Type != im.Global {
				return nil, &LinkError{Index: i, Msg: "imported global does not match the expected type or mutability"}
			}
			in.globals = append(in.globals, g)
		}
	}
	for i, t := range m.funcs[m.numImport.funcs:] {
		in.funcs = append(in.funcs, &Function{Type: m.Types[t], Index: uint32(m.numImport.funcs + i), inst: in, code: m.code[i]})
	}
	for _, l := range m.tables[m.numImport.tables:] {
		in.tables = append(in.tables, NewTable(l))
	}
	for _, l := range m.memories[m.numImport.memories:] {
		mem := NewMemory(l)
		if mem == nil {
			return nil, ErrOutOfMemory
		}
		in.mems = append(in.mems, mem)
	}
	for _, g := range m.globalDef {
		in.globals = append(in.globals, &Global{Type: g.typ, Value: in.eval(g.init)})
	}
	in.dropped = make([]bool, len(m.datas))
	// Segments are applied in order, and one out of bounds stops the rest
	// with the earlier ones kept (the bulk-memory semantics V8 follows).
	for _, e := range m.elems {
		off := uint64(uint32(in.eval(e.offset)))
		t := in.tables[e.table]
		if off+uint64(len(e.funcs)) > uint64(len(t.Elems)) {
			return nil, &Trap{Msg: "table index is out of bounds"}
		}
		for j, f := range e.funcs {
			t.Elems[off+uint64(j)] = in.funcs[f]
		}
	}
	for i, d := range m.datas {
		if !d.active {
			continue
		}
		off := uint64(uint32(in.eval(d.offset)))
		mem := in.mems[0]
		if off+uint64(len(d.data)) > uint64(len(mem.Data)) {
			return nil, &Trap{Msg: "data segment is out of bounds"}
		}
		copy(mem.Data[off:], d.data)
		in.dropped[i] = true
	}
	if m.start >= 0 {
		if _, err := s.Call(in.funcs[m.start], nil); err != nil {
			return nil, err
		}
	}
	return in, nil
}

func kindNoun(k ExternKind) string {
	switch k {
	case KindFunc:
		return "callable"
	case KindTable:
		return "WebAssembly.Table object"
	case KindMemory:
		return "WebAssembly.Memory object"
	}
	return "WebAssembly.Global object"
}

// limitsFit is the import subtyping rule for limits: the provided size at
// least the declared minimum, and a declared maximum no smaller than the
// provided one.
func limitsFit(size uint64, have, want Limits) bool {
	if size < uint64(want.Min) {
		return false
	}
	if want.HasMax {
		return have.HasMax && have.Max <= want.Max
	}
	return true
}

func (in *Instance) eval(e constExpr) uint64 {
	if e.global {
		return in.globals[e.value].Value
	}
	return e.value
}
