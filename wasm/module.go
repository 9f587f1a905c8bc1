package wasm

import (
	"fmt"
	"strings"
)

// ValType is a value type, numbered as the binary format numbers it.
type ValType byte

const (
	I32 ValType = 0x7f
	I64 ValType = 0x7e
	F32 ValType = 0x7d
	F64 ValType = 0x7c
	// V128 is the fixed-width SIMD vector; it takes two slots (see
	// doc.go), its low 8 bytes first.
	V128 ValType = 0x7b
	// The reference types. On the value stack a funcref is its Store's
	// number for the function (Store.FuncRef) and an externref the
	// embedder's number for its host value; zero is null for both.
	FuncRef   ValType = 0x70
	ExternRef ValType = 0x6f
)

// IsRef reports whether t is a reference type.
func (t ValType) IsRef() bool { return t == FuncRef || t == ExternRef }

func (t ValType) String() string {
	switch t {
	case I32:
		return "i32"
	case I64:
		return "i64"
	case F32:
		return "f32"
	case F64:
		return "f64"
	case V128:
		return "v128"
	case FuncRef:
		return "funcref"
	case ExternRef:
		return "externref"
	}
	return fmt.Sprintf("<0x%02x>", byte(t))
}

// slots is how many uint64 slots a value of type t takes.
func (t ValType) slots() int {
	if t == V128 {
		return 2
	}
	return 1
}

// slotCount is how many slots values of types ts take together.
func slotCount(ts []ValType) int {
	n := 0
	for _, t := range ts {
		n += t.slots()
	}
	return n
}

// FuncType is a function signature.
type FuncType struct {
	Params, Results []ValType
}

// Equal reports whether two signatures are the same (structural, as the
// spec compares them in call_indirect and at link time).
func (t *FuncType) Equal(u *FuncType) bool {
	if len(t.Params) != len(u.Params) || len(t.Results) != len(u.Results) {
		return false
	}
	for i, p := range t.Params {
		if u.Params[i] != p {
			return false
		}
	}
	for i, r := range t.Results {
		if u.Results[i] != r {
			return false
		}
	}
	return true
}

func (t *FuncType) String() string {
	var b strings.Builder
	b.WriteString("(")
	for i, p := range t.Params {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(p.String())
	}
	b.WriteString(") -> (")
	for i, r := range t.Results {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(r.String())
	}
	b.WriteString(")")
	return b.String()
}

// ExternKind is what an import or export is, numbered as the binary format
// numbers it.
type ExternKind byte

const (
	KindFunc   ExternKind = 0
	KindTable  ExternKind = 1
	KindMemory ExternKind = 2
	KindGlobal ExternKind = 3
	// KindTag is an exception tag (the exception-handling proposal).
	KindTag ExternKind = 4
)

func (k ExternKind) String() string {
	switch k {
	case KindFunc:
		return "function"
	case KindTable:
		return "table"
	case KindMemory:
		return "memory"
	case KindTag:
		return "tag"
	}
	return "global"
}

// Limits are a memory's (in 64 KiB pages) or a table's size bounds. Shared
// marks a shared memory (the threads proposal), which always has a Max.
type Limits struct {
	Min    uint32
	Max    uint32
	HasMax bool
	Shared bool
}

// GlobalType is a global's value type and mutability.
type GlobalType struct {
	Type    ValType
	Mutable bool
}

// TableType is a table's element type (FuncRef or ExternRef) and size.
type TableType struct {
	Elem   ValType
	Limits Limits
}

// Import is one entry of the import section. Type is the signature index
// for a function or a tag; Limits describe a table or memory (Elem a table's
// element type); Global a global.
type Import struct {
	Module, Name string
	Kind         ExternKind
	Type         uint32
	Limits       Limits
	Elem         ValType
	Global       GlobalType
}

// Export is one entry of the export section: Index counts in Kind's index
// space (imports first).
type Export struct {
	Name  string
	Kind  ExternKind
	Index uint32
}

// CustomSection is a named custom section's payload.
type CustomSection struct {
	Name string
	Data []byte
}

// constExpr is a validated constant expression: a constant (a null
// reference is zero), the value of an imported global, or a reference to
// a function.
type constExpr struct {
	global  bool   // the value of global Value
	funcRef bool   // a reference to function Value
	value   uint64 // the constant, or the global's or function's index
	hi      uint64 // a v128 constant's high half
}

type globalDef struct {
	typ  GlobalType
	init constExpr
}

// Element segment modes.
const (
	elemActive = iota
	elemPassive
	elemDeclarative
)

type elemSeg struct {
	mode   int
	table  uint32
	offset constExpr
	typ    ValType
	init   []constExpr
}

type dataSeg struct {
	active bool
	offset constExpr
	data   []byte
}

// Module is a decoded and validated module, immutable and shareable.
type Module struct {
	Types          []*FuncType
	Imports        []Import
	Exports        []Export
	CustomSections []CustomSection

	funcs     []uint32 // signature index of every function, imported ones first
	tags      []uint32 // signature index of every tag, imported ones first
	numImport struct{ funcs, tables, memories, globals, tags int }
	tables    []TableType // imported ones first
	memories  []Limits
	globals   []GlobalType
	globalDef []globalDef // the module's own
	code      []*funcCode // the module's own functions
	elems     []elemSeg
	datas     []dataSeg
	start     int64 // -1 when there is none
}

// FuncType returns the signature of function i of the function index space.
func (m *Module) FuncType(i uint32) *FuncType { return m.Types[m.funcs[i]] }

// ImportFuncType returns the signature of a function import.
func (m *Module) ImportFuncType(im *Import) *FuncType { return m.Types[im.Type] }

// ExportGlobalType returns the type of an exported global, and similar
// look-ups for the other kinds, so the embedder can describe exports.
func (m *Module) GlobalType(i uint32) GlobalType { return m.globals[i] }

// TagType returns the signature of tag i of the tag index space: its
// payload is the parameters.
func (m *Module) TagType(i uint32) *FuncType { return m.Types[m.tags[i]] }

// TableLimits returns table i's declared limits.
func (m *Module) TableLimits(i uint32) Limits { return m.tables[i].Limits }

// MemoryLimits returns memory i's declared limits.
func (m *Module) MemoryLimits(i uint32) Limits { return m.memories[i] }

// CompileError is a decoding or validation failure at byte Offset (-1
// for a failure of the whole input).
type CompileError struct {
	Offset int
	Msg    string
}

func (e *CompileError) Error() string {
	if e.Offset < 0 {
		return e.Msg
	}
	return fmt.Sprintf("%s @+%d", e.Msg, e.Offset)
}
