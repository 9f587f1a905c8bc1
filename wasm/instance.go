package wasm

import "fmt"

// Extern is a function, table, memory or global: what modules import and
// export.
type Extern interface{ externKind() ExternKind }

// HostFunc is an imported function implemented by the embedder. It gets
// the arguments as raw bits (i32/f32 in the low 32 bits, a v128 as two
// values, its low half first), in a slice that is only valid until it
// returns, and returns the results so. It may call back into the store,
// and may panic with its own exception value, which unwinds through the
// wasm frames untouched.
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
// growth, so an embedder that shares it must look again after calls; a
// shared memory (shared.go) keeps its bytes where they are, and Bytes
// gives its current length.
type Memory struct {
	Data   []byte
	Limits Limits
	// OnGrow, when set, runs after every successful growth through this
	// Memory (the JS API detaches the memory's ArrayBuffer then, or for a
	// shared memory makes a new SharedArrayBuffer).
	OnGrow func()
	shared *sharedMemory
	// reserve is the allocation Data lies at the start of, with room to
	// grow in place. Data's capacity is cut to its length, so bytes past
	// it are reachable only through a later Grow and are still zero.
	reserve []byte
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
	if l.Shared {
		return newSharedMemory(l)
	}
	return &Memory{Data: make([]byte, int(l.Min)*pageSize), Limits: l}
}

// Pages is the memory's size in 64 KiB pages.
func (m *Memory) Pages() uint32 { return uint32(len(m.Bytes()) / pageSize) }

// Grow adds delta pages and returns the old size, or -1 when the maximum
// (declared or the implementation's) does not allow it.
func (m *Memory) Grow(delta uint32) int64 {
	if m.shared != nil {
		return m.growShared(delta)
	}
	old := m.Pages()
	max := uint64(maxAllocPages)
	if m.Limits.HasMax && uint64(m.Limits.Max) < max {
		max = uint64(m.Limits.Max)
	}
	if uint64(old)+uint64(delta) > max {
		return -1
	}
	// Programs grow their memory in many small steps (emscripten's
	// sbrk asks for what malloc lacks): each growth past the reserve
	// reserves a quarter more, as append does for large slices, so that
	// the copies cost O(1) per byte in all. Untouched reserve is zero
	// pages the OS has not yet backed.
	n := (int(old) + int(delta)) * pageSize
	if n > cap(m.reserve) {
		c := min(n+n/4, int(max)*pageSize)
		m.reserve = make([]byte, c)
		copy(m.reserve, m.Data)
	}
	m.Data = m.reserve[:n:n]
	if m.OnGrow != nil {
		m.OnGrow()
	}
	return int64(old)
}

// Table is a table of references: of functions in Elems (nil is null)
// when Elem is FuncRef, of host values in Externs (the embedder's numbers,
// zero is null) when it is ExternRef.
type Table struct {
	Elem    ValType
	Elems   []*Function
	Externs []uint64
	Limits  Limits
}

// NewTable makes a table of l.Min null entries of type elem.
func NewTable(elem ValType, l Limits) *Table {
	if elem == ExternRef {
		return &Table{Elem: elem, Externs: make([]uint64, l.Min), Limits: l}
	}
	return &Table{Elem: FuncRef, Elems: make([]*Function, l.Min), Limits: l}
}

// Len is the table's size.
func (t *Table) Len() int {
	if t.Elem == ExternRef {
		return len(t.Externs)
	}
	return len(t.Elems)
}

// Grow adds delta entries set to init (a reference as the value stack
// holds it) and returns the old size, or -1.
func (t *Table) Grow(s *Store, delta uint32, init uint64) int64 {
	old := t.Len()
	max := uint64(maxTableSize)
	if t.Limits.HasMax && uint64(t.Limits.Max) < max {
		max = uint64(t.Limits.Max)
	}
	if uint64(old)+uint64(delta) > max {
		return -1
	}
	if t.Elem == ExternRef {
		for range delta {
			t.Externs = append(t.Externs, init)
		}
		return int64(old)
	}
	f := s.Func(init)
	for range delta {
		t.Elems = append(t.Elems, f)
	}
	return int64(old)
}

// Get returns entry i as the value stack holds a reference.
func (t *Table) Get(s *Store, i int) uint64 {
	if t.Elem == ExternRef {
		return t.Externs[i]
	}
	return s.FuncRef(t.Elems[i])
}

// Set sets entry i to a reference as the value stack holds it.
func (t *Table) Set(s *Store, i int, v uint64) {
	if t.Elem == ExternRef {
		t.Externs[i] = v
	} else {
		t.Elems[i] = s.Func(v)
	}
}

// FuncRef is the number a funcref to f has on the value stack (zero for
// nil). Numbers belong to the store, and stay while it lives: functions
// are few, and a number may sit in any table or global.
func (s *Store) FuncRef(f *Function) uint64 {
	if f == nil {
		return 0
	}
	if r, ok := s.funcRefs[f]; ok {
		return r
	}
	if s.funcRefs == nil {
		s.funcRefs = map[*Function]uint64{}
	}
	s.funcList = append(s.funcList, f)
	r := uint64(len(s.funcList))
	s.funcRefs[f] = r
	return r
}

// Func is the function a funcref number names (nil for null).
func (s *Store) Func(r uint64) *Function {
	if r == 0 || r > uint64(len(s.funcList)) {
		return nil
	}
	return s.funcList[r-1]
}

// Global is a global variable's cell.
type Global struct {
	Type  GlobalType
	Value uint64
	// Hi is a v128's high half (Value its low one).
	Hi uint64
}

// Tag is an exception tag. Tags are compared by identity: a catch
// catches the exceptions thrown with its tag, whichever instance (or the
// embedder) made it.
type Tag struct{ Type *FuncType }

// NewTag makes a tag whose exceptions carry values of t's parameters.
func NewTag(t *FuncType) *Tag { return &Tag{Type: t} }

// Exception is a wasm exception: thrown with Tag and its payload Args
// (raw bits, as HostFunc takes them), or, with Tag nil, a foreign one,
// the embedder's own exception passing through wasm, which only
// catch_all catches. Host is the embedder's: its value for the exception
// (a foreign one's thrown value), set by whoever first needs it. A host
// function throws one into wasm by panicking with it, and Store.Call
// returns one that no wasm handler caught as its error.
type Exception struct {
	Tag  *Tag
	Args []uint64
	Host any
}

func (e *Exception) Error() string { return "wasm exception" }

func (*Function) externKind() ExternKind { return KindFunc }
func (*Tag) externKind() ExternKind      { return KindTag }
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
	tags    []*Tag
	dropped []bool // data segments dropped by data.drop (or applied)
	// elemDropped are the element segments dropped by elem.drop, or
	// applied (active), or declarative.
	elemDropped []bool
	store       *Store
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
	case KindTag:
		return in.tags[e.Index]
	}
	return in.globals[e.Index]
}

// ExportValue returns export i of the module's export list.
func (in *Instance) ExportValue(i int) Extern { return in.extern(in.Module.Exports[i]) }

// LinkError is an import that does not fit its declaration.
type LinkError struct {
	Index int // the import's position
	Msg   string
	// Plain marks a message that names the import itself, as V8's
	// memory import messages do, rather than one the embedder prefixes
	// with the import's names.
	Plain bool
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
			if t.Elem != im.Elem {
				return nil, &LinkError{Index: i, Msg: "imported table does not match the expected type"}
			}
			if !limitsFit(uint64(t.Len()), t.Limits, im.Limits) {
				return nil, &LinkError{Index: i, Msg: "table import has a size or maximum that does not fit"}
			}
			in.tables = append(in.tables, t)
		case KindMemory:
			mem := x.(*Memory)
			if msg := memoryMismatch(len(in.mems), mem, im.Limits); msg != "" {
				return nil, &LinkError{Index: i, Msg: msg, Plain: true}
			}
			in.mems = append(in.mems, mem)
		case KindGlobal:
			g := x.(*Global)
			// V8 checks the mutability first.
			if g.Type.Mutable != im.Global.Mutable {
				return nil, &LinkError{Index: i, Msg: "imported global does not match the expected mutability"}
			}
			if g.Type.Type != im.Global.Type {
				return nil, &LinkError{Index: i, Msg: "imported global does not match the expected type"}
			}
			in.globals = append(in.globals, g)
		case KindTag:
			t := x.(*Tag)
			if !t.Type.Equal(m.Types[im.Type]) {
				return nil, &LinkError{Index: i, Msg: "imported tag does not match the expected type"}
			}
			in.tags = append(in.tags, t)
		}
	}
	for _, t := range m.tags[m.numImport.tags:] {
		in.tags = append(in.tags, NewTag(m.Types[t]))
	}
	for i, t := range m.funcs[m.numImport.funcs:] {
		in.funcs = append(in.funcs, &Function{Type: m.Types[t], Index: uint32(m.numImport.funcs + i), inst: in, code: m.code[i]})
	}
	for _, tt := range m.tables[m.numImport.tables:] {
		t := NewTable(tt.Elem, tt.Limits)
		s.Track(t)
		in.tables = append(in.tables, t)
	}
	for _, l := range m.memories[m.numImport.memories:] {
		mem := NewMemory(l)
		if mem == nil {
			return nil, ErrOutOfMemory
		}
		in.mems = append(in.mems, mem)
	}
	for _, g := range m.globalDef {
		gl := &Global{Type: g.typ, Value: in.eval(g.init), Hi: g.init.hi}
		if g.init.global {
			gl.Hi = in.globals[g.init.value].Hi
		}
		s.Track(gl)
		in.globals = append(in.globals, gl)
	}
	in.dropped = make([]bool, len(m.datas))
	// Segments are applied in order, and one out of bounds stops the rest
	// with the earlier ones kept (the bulk-memory semantics V8 follows).
	in.elemDropped = make([]bool, len(m.elems))
	err := catchTrap(func() {
		for i, e := range m.elems {
			if e.mode != elemActive {
				in.elemDropped[i] = e.mode == elemDeclarative
				continue
			}
			in.tableInit(in.tables[e.table], uint32(i), uint32(in.eval(e.offset)), 0, uint32(len(e.init)))
			in.elemDropped[i] = true
		}
	})
	if err != nil {
		return nil, err
	}
	for i, d := range m.datas {
		if !d.active {
			continue
		}
		off := uint64(uint32(in.eval(d.offset)))
		mem := in.mems[0]
		data := mem.Bytes()
		if off+uint64(len(d.data)) > uint64(len(data)) {
			return nil, &Trap{Msg: "data segment is out of bounds"}
		}
		copy(data[off:], d.data)
		in.dropped[i] = true
	}
	if m.start >= 0 {
		if _, err := s.Call(in.funcs[m.start], nil); err != nil {
			return nil, err
		}
	}
	return in, nil
}

// catchTrap runs f, giving back the trap it raises as an error.
func catchTrap(f func()) (err error) {
	defer func() {
		if e := recover(); e != nil {
			t, ok := e.(*Trap)
			if !ok {
				panic(e)
			}
			err = t
		}
	}()
	f()
	return nil
}

func kindNoun(k ExternKind) string {
	switch k {
	case KindFunc:
		return "callable"
	case KindTable:
		return "WebAssembly.Table object"
	case KindMemory:
		return "WebAssembly.Memory object"
	case KindTag:
		return "WebAssembly.Tag object"
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

// memoryMismatch checks imported memory number i against its declared
// limits, as V8 does and with its messages, the sizes first; "" when it
// fits.
func memoryMismatch(i int, mem *Memory, want Limits) string {
	if pages := mem.Pages(); pages < want.Min {
		return fmt.Sprintf("memory import %d is smaller than initial %d, got %d", i, want.Min, pages)
	}
	if want.HasMax {
		if !mem.Limits.HasMax {
			return fmt.Sprintf("memory import %d has no maximum limit, expected at most %d", i, want.Max)
		}
		if mem.Limits.Max > want.Max {
			return fmt.Sprintf("memory import %d has a larger maximum size %d than the module's declared maximum %d", i, mem.Limits.Max, want.Max)
		}
	}
	if mem.Limits.Shared != want.Shared {
		return fmt.Sprintf("mismatch in shared state of memory, declared = %d, imported = %d", b2u(want.Shared), b2u(mem.Limits.Shared))
	}
	return ""
}

func (in *Instance) eval(e constExpr) uint64 {
	switch {
	case e.global:
		return in.globals[e.value].Value
	case e.funcRef:
		return in.store.FuncRef(in.funcs[e.value])
	}
	return e.value
}

// tableInit copies n elements of segment seg from src into t at dst
// (table.init, and an active segment at instantiation), trapping when
// either range is out of bounds, the table's first as V8 checks them.
func (in *Instance) tableInit(t *Table, seg, dst, src, n uint32) {
	var init []constExpr
	if !in.elemDropped[seg] {
		init = in.Module.elems[seg].init
	}
	if uint64(dst)+uint64(n) > uint64(t.Len()) {
		trap("table index is out of bounds")
	}
	if uint64(src)+uint64(n) > uint64(len(init)) {
		trap("element segment out of bounds")
	}
	for k := range n {
		t.Set(in.store, int(dst+k), in.eval(init[src+k]))
	}
}
