package wasm

import (
	"fmt"
	"unicode/utf8"
)

// Limits that keep a hostile module from making the validator or the
// instantiation allocate without bound; they are V8's where it has one.
const (
	maxTypes     = 1000000
	maxFuncs     = 1000000
	maxImports   = 100000
	maxExports   = 100000
	maxGlobals   = 1000000
	maxLocals    = 50000
	maxParams    = 1000
	maxResults   = 1000
	maxTableSize = 10000000
	maxPages     = 65536
	maxSegments  = 100000
	maxTables    = 100000
	maxBrTable   = 65520
	maxTags      = 1000000
	pageSize     = 65536
)

// reader walks the module's bytes. A malformed input panics with a
// *CompileError, recovered once in Compile: decoding is deeply nested and
// every read can fail, so threading errors by hand would bury the logic.
type reader struct {
	b   []byte
	pos int
}

func (r *reader) fail(format string, args ...any) {
	panic(&CompileError{Offset: r.pos, Msg: fmt.Sprintf(format, args...)})
}

func (r *reader) failAt(pos int, format string, args ...any) {
	panic(&CompileError{Offset: pos, Msg: fmt.Sprintf(format, args...)})
}

func (r *reader) eof() bool { return r.pos >= len(r.b) }

func (r *reader) byte(what string) byte {
	if r.pos >= len(r.b) {
		r.fail("expected %s, fell off end", what)
	}
	c := r.b[r.pos]
	r.pos++
	return c
}

func (r *reader) bytes(n uint32, what string) []byte {
	if uint64(n) > uint64(len(r.b)-r.pos) {
		r.fail("expected %d bytes for %s, fell off end", n, what)
	}
	p := r.b[r.pos : r.pos+int(n)]
	r.pos += int(n)
	return p
}

func (r *reader) u32(what string) uint32 {
	start := r.pos
	var v uint64
	for shift := 0; ; shift += 7 {
		c := r.byte(what)
		if shift == 28 && c&0x70 != 0 {
			r.failAt(start, "extra bits in varint")
		}
		v |= uint64(c&0x7f) << shift
		if c&0x80 == 0 {
			return uint32(v)
		}
		if shift == 28 {
			r.failAt(start, "length overflow while decoding %s", what)
		}
	}
}

// signed reads a signed LEB128 of the given bit width.
func (r *reader) signed(bitsN int, what string) int64 {
	start := r.pos
	var v int64
	shift := 0
	for {
		c := r.byte(what)
		last := shift+7 >= bitsN
		if last {
			// The unused bits of the last byte must be the sign's extension.
			rest := bitsN - shift
			if rest < 7 {
				mask := byte(0x7f) &^ (1<<rest - 1)
				hi := c & mask
				sign := c & (1 << (rest - 1))
				if (sign == 0 && hi != 0) || (sign != 0 && hi != mask) {
					r.failAt(start, "extra bits in varint")
				}
			}
		}
		v |= int64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v
		}
		if last {
			r.failAt(start, "length overflow while decoding %s", what)
		}
	}
}

func (r *reader) count(max int, what string) int {
	n := r.u32(what)
	if uint64(n) > uint64(max) {
		r.fail("%s of %d exceeds internal limit of %d", what, n, max)
	}
	// Every entry takes at least a byte, so a count beyond the bytes left
	// is malformed; checking now keeps allocation proportional to input.
	if int(n) > len(r.b)-r.pos {
		r.fail("expected %d %s, fell off end", n, what)
	}
	return int(n)
}

func (r *reader) name(what string) string {
	n := r.u32("string length")
	start := r.pos
	b := r.bytes(n, what)
	if !utf8.Valid(b) {
		r.failAt(start, "invalid UTF-8 string")
	}
	return string(b)
}

func (r *reader) valType() ValType {
	pos := r.pos
	t := ValType(r.byte("value type"))
	switch t {
	case I32, I64, F32, F64, V128, FuncRef, ExternRef:
		return t
	}
	r.failAt(pos, "invalid value type 0x%02x", byte(t))
	return 0
}

// refType reads a table's or element segment's reference type.
func (r *reader) refType(what string) ValType {
	pos := r.pos
	t := ValType(r.byte(what))
	if !t.IsRef() {
		r.failAt(pos, "invalid %s 0x%02x", what, byte(t))
	}
	return t
}

func (r *reader) tableType() TableType {
	t := r.refType("table type")
	return TableType{Elem: t, Limits: r.limits(maxTableSize, "table")}
}

func (r *reader) limits(max uint32, what string) Limits {
	pos := r.pos
	flags := r.byte("limits flags")
	// Bit 1 is the threads proposal's shared flag, for memories only;
	// bit 2 is memory64's, which node 20 leaves behind a flag.
	switch {
	case flags <= 1:
	case what != "memory":
		r.failAt(pos, "invalid table elements limits flags")
	case flags <= 3:
	case flags <= 7:
		r.failAt(pos, "invalid memory limits flags 0x%x (enable via --experimental-wasm-memory64)", flags)
	default:
		r.failAt(pos, "invalid memory limits flags 0x%x", flags)
	}
	l := Limits{Shared: flags&2 != 0}
	minPos := r.pos
	l.Min = r.u32("initial size")
	if l.Min > max {
		r.failAt(minPos, "initial %s size (%d %s) is larger than implementation limit (%d %s)", what, l.Min, unitOf(what), max, unitOf(what))
	}
	if flags == 2 {
		r.failAt(pos, "shared memory must have a maximum defined")
	}
	if flags&1 != 0 {
		maxPos := r.pos
		l.Max = r.u32("maximum size")
		l.HasMax = true
		if l.Max > max {
			r.failAt(maxPos, "maximum %s size (%d %s) is larger than implementation limit (%d %s)", what, l.Max, unitOf(what), max, unitOf(what))
		}
		if l.Max < l.Min {
			r.failAt(maxPos, "maximum %s size (%d %s) is less than initial (%d %s)", what, l.Max, unitOf(what), l.Min, unitOf(what))
		}
	}
	return l
}

func unitOf(what string) string {
	if what == "memory" {
		return "pages"
	}
	return "elements"
}

func (r *reader) globalType() GlobalType {
	t := r.valType()
	pos := r.pos
	m := r.byte("mutability")
	if m > 1 {
		r.failAt(pos, "invalid global mutability")
	}
	return GlobalType{Type: t, Mutable: m == 1}
}

var sectionNames = [...]string{"Unknown", "Type", "Import", "Function", "Table", "Memory", "Global", "Export", "Start", "Element", "Code", "Data", "DataCount", "Tag"}

// sectionOrder gives each known section its place; DataCount sits between
// Element and Code, and Tag between Memory and Global, unlike their ids
// suggest.
var sectionOrder = [...]int{0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13, 11, 6}

// Compile decodes and validates a binary module.
func Compile(b []byte) (m *Module, err error) {
	defer func() {
		if e := recover(); e != nil {
			ce, ok := e.(*CompileError)
			if !ok {
				panic(e)
			}
			m, err = nil, ce
		}
	}()
	r := &reader{b: b}
	if len(b) == 0 {
		return nil, &CompileError{Offset: -1, Msg: "BufferSource argument is empty"}
	}
	if len(b) < 4 || b[0] != 0 || b[1] != 'a' || b[2] != 's' || b[3] != 'm' {
		r.fail("expected magic word 00 61 73 6d, found %s", hexFound(b, 0))
	}
	if len(b) < 8 || b[4] != 1 || b[5] != 0 || b[6] != 0 || b[7] != 0 {
		r.failAt(4, "expected version 01 00 00 00, found %s", hexFound(b, 4))
	}
	r.pos = 8
	m = &Module{start: -1}
	dataCount := -1
	var funcDecls []uint32
	codeSeen := false
	last := 0
	for !r.eof() {
		idPos := r.pos
		id := r.byte("section code")
		size := r.u32("section length")
		if int(id) >= len(sectionNames) {
			r.fail("unknown section code #0x%x", id)
		}
		if uint64(size) > uint64(len(b)-r.pos) {
			r.failAt(idPos, "section (code %d, %q) extends past end of the module (length %d, remaining bytes %d)", id, sectionNames[id], size, len(b)-r.pos)
		}
		sec := &reader{b: b[:r.pos+int(size)], pos: r.pos}
		r.pos += int(size)
		if id != 0 {
			if sectionOrder[id] <= last {
				sec.fail("unexpected section <%s>", sectionNames[id])
			}
			last = sectionOrder[id]
		}
		switch id {
		case 0:
			name := sec.name("section name")
			m.CustomSections = append(m.CustomSections, CustomSection{Name: name, Data: b[sec.pos:sec.len()]})
			sec.pos = sec.len()
		case 1:
			n := sec.count(maxTypes, "types count")
			m.Types = make([]*FuncType, n)
			for i := range m.Types {
				pos := sec.pos
				if f := sec.byte("type form"); f != 0x60 {
					sec.failAt(pos, "invalid function type form 0x%02x", f)
				}
				t := &FuncType{}
				np := sec.count(maxParams, "param count")
				t.Params = make([]ValType, np)
				for j := range t.Params {
					t.Params[j] = sec.valType()
				}
				nr := sec.count(maxResults, "return count")
				t.Results = make([]ValType, nr)
				for j := range t.Results {
					t.Results[j] = sec.valType()
				}
				m.Types[i] = t
			}
		case 2:
			n := sec.count(maxImports, "imports count")
			m.Imports = make([]Import, n)
			for i := range m.Imports {
				im := &m.Imports[i]
				im.Module = sec.name("module name")
				im.Name = sec.name("field name")
				kpos := sec.pos
				im.Kind = ExternKind(sec.byte("import kind"))
				switch im.Kind {
				case KindFunc:
					tpos := sec.pos
					im.Type = sec.u32("signature index")
					if int(im.Type) >= len(m.Types) {
						sec.failAt(tpos, "signature index %d out of bounds (%d signatures)", im.Type, len(m.Types))
					}
					m.funcs = append(m.funcs, im.Type)
					m.numImport.funcs++
				case KindTable:
					tt := sec.tableType()
					im.Elem, im.Limits = tt.Elem, tt.Limits
					m.tables = append(m.tables, tt)
					m.numImport.tables++
				case KindMemory:
					im.Limits = sec.limits(maxPages, "memory")
					m.memories = append(m.memories, im.Limits)
					m.numImport.memories++
				case KindGlobal:
					im.Global = sec.globalType()
					m.globals = append(m.globals, im.Global)
					m.numImport.globals++
				case KindTag:
					im.Type = sec.tagType(m)
					m.tags = append(m.tags, im.Type)
					m.numImport.tags++
				default:
					sec.failAt(kpos, "unknown import kind 0x%02x", byte(im.Kind))
				}
			}
		case 3:
			n := sec.count(maxFuncs, "functions count")
			funcDecls = make([]uint32, n)
			for i := range funcDecls {
				pos := sec.pos
				funcDecls[i] = sec.u32("signature index")
				if int(funcDecls[i]) >= len(m.Types) {
					sec.failAt(pos, "signature index %d out of bounds (%d signatures)", funcDecls[i], len(m.Types))
				}
			}
			m.funcs = append(m.funcs, funcDecls...)
		case 4:
			n := sec.count(maxTables, "table count")
			for range n {
				m.tables = append(m.tables, sec.tableType())
			}
			if len(m.tables) > maxTables {
				sec.fail("At most %d tables are supported (declared %d)", maxTables, len(m.tables))
			}
		case 5:
			n := sec.count(1, "memory count")
			for range n {
				m.memories = append(m.memories, sec.limits(maxPages, "memory"))
			}
			if len(m.memories) > 1 {
				sec.fail("At most one memory is supported (declared %d)", len(m.memories))
			}
		case 13:
			n := sec.count(maxTags, "tag count")
			for range n {
				m.tags = append(m.tags, sec.tagType(m))
			}
		case 6:
			n := sec.count(maxGlobals, "globals count")
			for range n {
				gt := sec.globalType()
				init := sec.constExpr(m, gt.Type)
				m.globals = append(m.globals, gt)
				m.globalDef = append(m.globalDef, globalDef{typ: gt, init: init})
			}
		case 7:
			n := sec.count(maxExports, "exports count")
			seen := make(map[string]bool, n)
			m.Exports = make([]Export, n)
			for i := range m.Exports {
				ex := &m.Exports[i]
				npos := sec.pos
				ex.Name = sec.name("field name")
				kpos := sec.pos
				ex.Kind = ExternKind(sec.byte("export kind"))
				ipos := sec.pos
				ex.Index = sec.u32("export index")
				var limit int
				switch ex.Kind {
				case KindFunc:
					limit = len(m.funcs)
				case KindTable:
					limit = len(m.tables)
				case KindMemory:
					limit = len(m.memories)
				case KindGlobal:
					limit = len(m.globals)
				case KindTag:
					limit = len(m.tags)
				default:
					sec.failAt(kpos, "invalid export kind 0x%02x", byte(ex.Kind))
				}
				if int(ex.Index) >= limit {
					sec.failAt(ipos, "%s index %d out of bounds (%d entries)", ex.Kind, ex.Index, limit)
				}
				if seen[ex.Name] {
					sec.failAt(npos, "Duplicate export name '%s' for %s %d and %s %d", ex.Name, ex.Kind, ex.Index, ex.Kind, ex.Index)
				}
				seen[ex.Name] = true
			}
		case 8:
			pos := sec.pos
			s := sec.u32("start function index")
			if int(s) >= len(m.funcs) {
				sec.failAt(pos, "function index %d out of bounds (%d entries)", s, len(m.funcs))
			}
			if t := m.FuncType(s); len(t.Params) != 0 || len(t.Results) != 0 {
				sec.failAt(pos, "invalid start function: non-zero parameter or return count")
			}
			m.start = int64(s)
		case 9:
			n := sec.count(maxSegments, "segments count")
			for range n {
				m.elems = append(m.elems, sec.elemSegment(m))
			}
		case 12:
			dataCount = int(sec.u32("data segments count"))
		case 10:
			codeSeen = true
			pos := sec.pos
			n := sec.count(maxFuncs, "functions count")
			if n != len(funcDecls) {
				sec.failAt(pos, "function body count %d mismatch (%d expected)", n, len(funcDecls))
			}
			m.code = make([]*funcCode, n)
			declared := m.declaredFuncs()
			for i := range m.code {
				size := sec.u32("body size")
				bpos := sec.pos
				body := sec.bytes(size, "function body")
				fr := &reader{b: b[:bpos+len(body)], pos: bpos}
				m.code[i] = compileFunc(m, fr, m.numImport.funcs+i, m.Types[funcDecls[i]], dataCount, declared)
			}
		case 11:
			pos := sec.pos
			n := sec.count(maxSegments, "data segments count")
			if dataCount >= 0 && n != dataCount {
				sec.failAt(pos, "data segments count %d mismatch (%d expected)", n, dataCount)
			}
			for range n {
				fpos := sec.pos
				flags := sec.u32("data segment flags")
				var seg dataSeg
				switch flags {
				case 0, 2:
					if flags == 2 {
						if mi := sec.u32("memory index"); mi != 0 {
							sec.failAt(fpos, "invalid memory index %d", mi)
						}
					}
					if len(m.memories) == 0 {
						sec.failAt(fpos, "cannot load data without memory")
					}
					seg.active = true
					seg.offset = sec.constExpr(m, I32)
				case 1:
				default:
					sec.failAt(fpos, "illegal flag value %d", flags)
				}
				seg.data = sec.bytes(sec.u32("data segment size"), "data segment")
				m.datas = append(m.datas, seg)
			}
		}
		if sec.pos != sec.len() {
			sec.fail("section was shorter than expected size (%d bytes expected, %d decoded)", size, sec.pos-(sec.len()-int(size)))
		}
	}
	if !codeSeen && len(funcDecls) > 0 {
		r.fail("function count is %d, but code section is absent", len(funcDecls))
	}
	if dataCount >= 0 && len(m.datas) != dataCount && dataCount != 0 {
		r.fail("data segments count 0 mismatch (%d expected)", dataCount)
	}
	return m, nil
}

func (r *reader) len() int { return len(r.b) }

func hexFound(b []byte, at int) string {
	s := ""
	for i := at; i < at+4 && i < len(b); i++ {
		if s != "" {
			s += " "
		}
		s += fmt.Sprintf("%02x", b[i])
	}
	return s
}

// tagType reads a tag's type (the exception-handling proposal): an
// attribute, zero for an exception, and the index of a signature with no
// results, whose parameters are the payload.
func (r *reader) tagType(m *Module) uint32 {
	pos := r.pos
	if a := r.u32("tag attribute"); a != 0 {
		r.failAt(pos, "Invalid exception attribute: %d", a)
	}
	tpos := r.pos
	t := r.u32("signature index")
	if int(t) >= len(m.Types) {
		r.failAt(tpos, "signature index %d out of bounds (%d signatures)", t, len(m.Types))
	}
	if len(m.Types[t].Results) != 0 {
		r.failAt(tpos, "tag signature %d has non-void return", t)
	}
	return t
}

// constExpr reads an initialiser: a constant, or global.get of an imported
// global (the MVP's rule), followed by end.
func (r *reader) constExpr(m *Module, want ValType) constExpr {
	pos := r.pos
	op := r.byte("opcode")
	var e constExpr
	var got ValType
	switch op {
	case 0x41:
		e.value = uint64(uint32(int32(r.signed(32, "i32 constant"))))
		got = I32
	case 0x42:
		e.value = uint64(r.signed(64, "i64 constant"))
		got = I64
	case 0x43:
		b := r.bytes(4, "f32 constant")
		e.value = uint64(uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24)
		got = F32
	case 0x44:
		b := r.bytes(8, "f64 constant")
		for i := 7; i >= 0; i-- {
			e.value = e.value<<8 | uint64(b[i])
		}
		got = F64
	case 0xfd:
		if sub := r.u32("prefixed opcode index"); sub != 0x0c {
			name := simdName(sub)
			if name == "simd" {
				name = "invalid opcode"
			}
			r.failAt(pos, "opcode %s is not allowed in constant expressions", name)
		}
		b := r.bytes(16, "v128 constant")
		e.value, e.hi = le64(b[:8]), le64(b[8:])
		got = V128
	case 0xd0:
		got = r.refType("reference type")
	case 0xd2:
		fpos := r.pos
		f := r.u32("function index")
		if int(f) >= len(m.funcs) {
			r.failAt(fpos, "function index #%d is out of bounds", f)
		}
		e.funcRef, e.value, got = true, uint64(f), FuncRef
	case 0x23:
		gpos := r.pos
		g := r.u32("global index")
		if int(g) >= m.numImport.globals {
			r.failAt(gpos, "Invalid global index: %d", g)
		}
		if m.globals[g].Mutable {
			r.failAt(gpos, "mutable globals cannot be used in constant expressions")
		}
		e.global, e.value, got = true, uint64(g), m.globals[g].Type
	default:
		r.failAt(pos, "opcode %s is not allowed in constant expressions", opName(op))
	}
	if got != want {
		r.failAt(pos, "type error in constant expression[0] (expected %s, got %s)", want, got)
	}
	epos := r.pos
	if r.byte("end opcode") != 0x0b {
		r.failAt(epos, "constant expression is missing 'end'")
	}
	return e
}

// elemSegment reads one element segment. Its flags (WebAssembly spec
// §5.5.12) say, bit by bit: 1 passive or declarative rather than active,
// 2 an explicit table index (active) or declarative (otherwise), 4
// elements as constant expressions rather than function indices.
func (r *reader) elemSegment(m *Module) elemSeg {
	pos := r.pos
	flags := r.u32("segment flags")
	if flags > 7 {
		r.failAt(pos, "illegal flag value %d", flags)
	}
	seg := elemSeg{typ: FuncRef}
	switch {
	case flags&1 == 0:
		seg.mode = elemActive
		if flags&2 != 0 {
			tpos := r.pos
			seg.table = r.u32("table index")
			if int(seg.table) >= len(m.tables) {
				r.failAt(tpos, "out of bounds table index %d", seg.table)
			}
		} else if len(m.tables) == 0 {
			r.failAt(pos, "out of bounds table index 0")
		}
		seg.offset = r.constExpr(m, I32)
	case flags&2 != 0:
		seg.mode = elemDeclarative
	default:
		seg.mode = elemPassive
	}
	exprs := flags&4 != 0
	if flags&3 != 0 {
		// Flags 0 and 4 imply funcref; the others name the type: an
		// element kind (0, funcref) for indices, a reference type for
		// expressions.
		kpos := r.pos
		if exprs {
			seg.typ = r.refType("element type")
		} else if k := r.byte("element kind"); k != 0 {
			r.failAt(kpos, "invalid element kind %d", k)
		}
	}
	if seg.mode == elemActive && m.tables[seg.table].Elem != seg.typ {
		r.failAt(pos, "Element segment of type %s does not fit table %d of type %s", seg.typ, seg.table, m.tables[seg.table].Elem)
	}
	cnt := r.count(maxTableSize, "number of elements")
	seg.init = make([]constExpr, cnt)
	for j := range seg.init {
		if exprs {
			seg.init[j] = r.constExpr(m, seg.typ)
			continue
		}
		fpos := r.pos
		f := r.u32("element function index")
		if int(f) >= len(m.funcs) {
			r.failAt(fpos, "element function index %d out of bounds", f)
		}
		seg.init[j] = constExpr{funcRef: true, value: uint64(f)}
	}
	return seg
}

func le64(b []byte) uint64 {
	var x uint64
	for i := 7; i >= 0; i-- {
		x = x<<8 | uint64(b[i])
	}
	return x
}
