package bytecode

// Snapshots (.kbc files and compile-cache entries) are a Program written to
// bytes. The loader is the trust boundary: anything may be in the file, so
// every count is checked against the bytes left before anything is
// allocated, every index against its table, and every function passes
// Verify before the Program is returned. Nothing the file says can make the
// decoder panic, loop without consuming input, or recurse without bound.
//
// Grammar (all integers little-endian; uv is an unsigned LEB128 varint of at
// most 10 bytes; zz a zigzag-encoded uv; str a uv index into the string table):
//
//	file      = header sectionTable section{9} sha256[32]
//	header    = magic[8] "\x89KBC\r\n\x1a\n"
//	            formatVersion:u32 tableHash:u64 flags:u32 nsections:u32
//	sectionTable = nsections × (id:u32 offset:u32 length:u32 crc32c:u32)
//
// The sections appear in id order (1 to 10), each once, back to back from the
// end of the section table; crc32c is CRC-32C (Castagnoli) of the section's
// bytes and sha256 covers every byte of the file before it.
//
//	1 strings   = count:uv (len:uv bytes[len]){count}   entry 0 is always ""
//	2 numbers   = count:uv float64bits:u64{count}       NaN canonical, -0 kept
//	3 regexps   = count:uv (pattern:str flags:str){count}
//	4 functions = filename:str source:str originalSource:str
//	              nfiles:uv (name:str source:str){nfiles} count:uv function{count}
//	  function  = name:str inferredName:str length:uv nparams:uv nregs:uv kind:u8 flags:uv
//	              sourceStart:uv sourceEnd:uv ncode:uv nconsts:uv nfuncs:uv
//	              nhandlers:uv nlines:uv ncallees:uv nsites:uv site:str{nsites}
//	              constBytes:uv handlerBytes:uv lineBytes:uv calleeBytes:uv
//	5 code      = word:u32 for every function's ncode words, in function order
//	6 constants = const for every function's nconsts, in function order
//	  const     = kind:u8 then by kind:
//	              number: index into numbers:uv; string, bigint, name: str;
//	              regexp: index into regexps:uv;
//	              template: n:uv (invalid:u8 cooked:str raw:str){n};
//	              scope: n:uv (name:str lexical:u8){n}
//	7 handlers  = (start:uv end:uv target:uv reg:uv envDepth:uv) per handler
//	8 lines     = (pcDelta:uv lineDelta:zz colDelta:zz fileDelta:zz?) per
//	              entry; deltas restart from 0 at each function; fileDelta
//	              is there only when nfiles > 0 (a bundle), and the file it
//	              gives is 0 (the program's own) or 1 + an index into files
//	9 callees   = (pcDelta:uv start:uv end:uv) per entry, pcDelta as lines
//	10 module   = 0:u8 for a script, or 1:u8 then
//	              env: n:uv (name:str lexical:u8){n} async:u8
//	              requests: n:uv (specifier:str nattrs:uv (key:str value:str){nattrs}){n}
//	              imports: n:uv (request:uv name:str slot:uv line:uv col:uv len:uv){n}
//	              localExports: n:uv (name:str slot:uv){n}
//	              indirectExports: n:uv (name:str request:uv import:str line:uv col:uv len:uv){n}
//	              starExports: n:uv request:uv{n}
//	              funcs: n:uv (func:uv slot:uv){n}
//
// Functions are numbered breadth first: function 0 is Program.Main, and the
// nfuncs children of each function, taken in function order, are the next
// functions not yet claimed. That numbering cannot describe a cycle or a
// shared child, so the decoder gets a tree by construction.
//
// The byte counts at the end of a function record say how much of sections
// 6 to 9 its body takes, so that a loader can find any function's body from
// the records alone and decode it only when the function first runs (see
// Function.Load): a program runs a fraction of the functions it carries.
//
// Output is deterministic: strings, numbers and regexps are numbered in the
// order the encoder first meets them on a fixed walk, so the same Program
// always gives the same bytes, and decode → encode is the identity.

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"
	"unsafe"
)

// SnapshotMagic starts every snapshot.
const SnapshotMagic = "\x89KBC\r\n\x1a\n"

// Snapshot header flags.
const (
	SnapshotNoSource   uint32 = 1 << iota // the source text was left out (kiln build --no-source)
	snapshotKnownFlags        = SnapshotNoSource
)

// SnapshotOptions control EncodeSnapshot.
type SnapshotOptions struct {
	// NoSource leaves the source text out: Function.prototype.toString then
	// gives the native-code form and uncaught errors print no source line.
	NoSource bool
}

const (
	headerSize      = 8 + 4 + 8 + 4 + 4
	sectionEntry    = 16
	numSections     = 10
	tableEnd        = headerSize + numSections*sectionEntry
	minSnapshotSize = tableEnd + sha256.Size
	// MaxSnapshotSize bounds what the loader accepts; it also keeps every
	// offset and length within a u32.
	MaxSnapshotSize = 1 << 30
	// maxFuncDepth bounds function nesting, which Verify and the vm walk
	// recursively. The parser's own nesting bound (2500) is below it.
	maxFuncDepth = 4096
	maxInt32     = 1<<31 - 1
)

var sectionNames = [numSections + 1]string{"", "strings", "numbers", "regexps", "functions", "code", "constants", "handlers", "lines", "callees", "module"}

const (
	secStrings = 1 + iota
	secNumbers
	secRegexps
	secFunctions
	secCode
	secConsts
	secHandlers
	secLines
	secCallees
	secModule
)

// canonicalNaN is the one NaN a snapshot holds, so that equal programs
// give equal bytes whatever NaN payload the compiler produced.
const canonicalNaN = 0x7FF8_0000_0000_0000

// IsSnapshot reports whether data starts with the snapshot magic.
func IsSnapshot(data []byte) bool { return bytes.HasPrefix(data, []byte(SnapshotMagic)) }

type encoder struct {
	strs    map[string]int
	strList []string
	nums    map[uint64]int
	numList []uint64
	res     map[[2]int]int
	reList  [][2]int
	sec     [numSections + 1][]byte
	nfiles  int // len(Program.Files): line entries carry a file when it is not 0
}

// EncodeSnapshot writes p in the snapshot format above.
func EncodeSnapshot(p *Program, opts SnapshotOptions) ([]byte, error) {
	if p == nil || p.Main == nil {
		return nil, errors.New("snapshot: program has no main function")
	}
	e := &encoder{strs: map[string]int{}, nums: map[uint64]int{}, res: map[[2]int]int{}}
	e.str("")
	var flags uint32
	src, orig := p.Source, p.OriginalSource
	if opts.NoSource {
		flags |= SnapshotNoSource
		src, orig = "", ""
	}
	fs := &e.sec[secFunctions]
	*fs = binary.AppendUvarint(*fs, uint64(e.str(p.Filename)))
	*fs = binary.AppendUvarint(*fs, uint64(e.str(src)))
	*fs = binary.AppendUvarint(*fs, uint64(e.str(orig)))
	*fs = binary.AppendUvarint(*fs, uint64(len(p.Files)))
	for _, sf := range p.Files {
		text := sf.Source
		if opts.NoSource {
			text = ""
		}
		*fs = binary.AppendUvarint(*fs, uint64(e.str(sf.Name)))
		*fs = binary.AppendUvarint(*fs, uint64(e.str(text)))
	}
	e.nfiles = len(p.Files)
	order := []*Function{p.Main}
	for i := 0; i < len(order); i++ {
		// A program decoded lazily is written whole.
		if err := order[i].Load(); err != nil {
			return nil, fmt.Errorf("snapshot: %w", err)
		}
		order = append(order, order[i].Funcs...)
		if len(order) > MaxSnapshotSize {
			return nil, errors.New("snapshot: too many functions")
		}
	}
	*fs = binary.AppendUvarint(*fs, uint64(len(order)))
	for _, f := range order {
		if err := e.function(f, opts.NoSource); err != nil {
			return nil, err
		}
	}
	if err := e.module(p); err != nil {
		return nil, err
	}
	st := &e.sec[secStrings]
	*st = binary.AppendUvarint(*st, uint64(len(e.strList)))
	for _, s := range e.strList {
		*st = binary.AppendUvarint(*st, uint64(len(s)))
		*st = append(*st, s...)
	}
	ns := &e.sec[secNumbers]
	*ns = binary.AppendUvarint(*ns, uint64(len(e.numList)))
	for _, n := range e.numList {
		*ns = binary.LittleEndian.AppendUint64(*ns, n)
	}
	// Regexps were numbered while constants were written, so their section
	// is filled last; its strings are already in the string table.
	rs := &e.sec[secRegexps]
	*rs = binary.AppendUvarint(*rs, uint64(len(e.reList)))
	for _, r := range e.reList {
		*rs = binary.AppendUvarint(*rs, uint64(r[0]))
		*rs = binary.AppendUvarint(*rs, uint64(r[1]))
	}

	size := tableEnd + sha256.Size
	for _, s := range e.sec[1:] {
		size += len(s)
	}
	if size > MaxSnapshotSize {
		return nil, fmt.Errorf("snapshot: %d bytes is more than the %d a snapshot may hold", size, MaxSnapshotSize)
	}
	out := make([]byte, 0, size)
	out = append(out, SnapshotMagic...)
	out = binary.LittleEndian.AppendUint32(out, FormatVersion)
	out = binary.LittleEndian.AppendUint64(out, TableHash)
	out = binary.LittleEndian.AppendUint32(out, flags)
	out = binary.LittleEndian.AppendUint32(out, numSections)
	off := tableEnd
	for id := 1; id <= numSections; id++ {
		s := e.sec[id]
		out = binary.LittleEndian.AppendUint32(out, uint32(id))
		out = binary.LittleEndian.AppendUint32(out, uint32(off))
		out = binary.LittleEndian.AppendUint32(out, uint32(len(s)))
		out = binary.LittleEndian.AppendUint32(out, crc32c(s))
		off += len(s)
	}
	for _, s := range e.sec[1:] {
		out = append(out, s...)
	}
	sum := sha256.Sum256(out)
	return append(out, sum[:]...), nil
}

func (e *encoder) str(s string) int {
	if i, ok := e.strs[s]; ok {
		return i
	}
	e.strs[s] = len(e.strList)
	e.strList = append(e.strList, s)
	return len(e.strList) - 1
}

func (e *encoder) num(f float64) int {
	bits := math.Float64bits(f)
	if f != f {
		bits = canonicalNaN
	}
	if i, ok := e.nums[bits]; ok {
		return i
	}
	e.nums[bits] = len(e.numList)
	e.numList = append(e.numList, bits)
	return len(e.numList) - 1
}

func (e *encoder) regexp(pattern, flags string) int {
	k := [2]int{e.str(pattern), e.str(flags)}
	if i, ok := e.res[k]; ok {
		return i
	}
	e.res[k] = len(e.reList)
	e.reList = append(e.reList, k)
	return len(e.reList) - 1
}

func (e *encoder) function(f *Function, noSource bool) error {
	if f.Length < 0 || f.NParams < 0 || f.NRegs < 0 || f.NInit < 0 || f.SourceStart < 0 || f.SourceEnd < 0 {
		return fmt.Errorf("snapshot: function %q has a negative field", f.Name)
	}
	flags := f.Flags
	if noSource {
		flags |= FlagNoSource
	}
	u := func(b *[]byte, v int) { *b = binary.AppendUvarint(*b, uint64(v)) }
	z := func(b *[]byte, v int64) { *b = binary.AppendUvarint(*b, uint64(v<<1^v>>63)) }
	fs := &e.sec[secFunctions]
	for _, v := range []int{e.str(f.Name), e.str(f.InferredName), f.Length, f.NParams, f.NRegs, f.NInit} {
		u(fs, v)
	}
	*fs = append(*fs, byte(f.Kind))
	for _, v := range []int{int(flags), int(f.SourceStart), int(f.SourceEnd), len(f.Code), len(f.Consts), len(f.Funcs), len(f.Handlers), len(f.Lines), len(f.Callees), len(f.Sites)} {
		u(fs, v)
	}
	for _, s := range f.Sites {
		u(fs, e.str(s))
	}
	code := &e.sec[secCode]
	for _, w := range f.Code {
		*code = binary.LittleEndian.AppendUint32(*code, w)
	}
	// The body's byte counts end the record; they are known once the body
	// is written.
	body := [4]int{len(e.sec[secConsts]), len(e.sec[secHandlers]), len(e.sec[secLines]), len(e.sec[secCallees])}
	cs := &e.sec[secConsts]
	for i, c := range f.Consts {
		*cs = append(*cs, byte(c.Kind))
		switch c.Kind {
		case ConstNumber:
			u(cs, e.num(c.Num))
		case ConstString, ConstBigInt, ConstName:
			u(cs, e.str(c.Str))
		case ConstRegExp:
			u(cs, e.regexp(c.Str, c.Str2))
		case ConstTemplate:
			if len(c.Cooked) != len(c.Raw) || len(c.Invalid) != len(c.Raw) {
				return fmt.Errorf("snapshot: function %q: template constant %d is malformed", f.Name, i)
			}
			u(cs, len(c.Raw))
			for j := range c.Raw {
				inv := byte(0)
				if c.Invalid[j] {
					inv = 1
				}
				*cs = append(*cs, inv)
				u(cs, e.str(c.Cooked[j]))
				u(cs, e.str(c.Raw[j]))
			}
		case ConstScope:
			if len(c.Names) != len(c.Lexical) || c.Fixed != nil && len(c.Fixed) != len(c.Names) {
				return fmt.Errorf("snapshot: function %q: scope constant %d is malformed", f.Name, i)
			}
			u(cs, len(c.Names))
			for j, n := range c.Names {
				// Bit 0 is Lexical, the bits above it Fixed.
				lex := byte(0)
				if c.Lexical[j] {
					lex = 1
				}
				if c.Fixed != nil {
					lex |= byte(c.Fixed[j]) << 1
				}
				u(cs, e.str(n))
				*cs = append(*cs, lex)
			}
		default:
			return fmt.Errorf("snapshot: function %q: constant %d has unknown kind %d", f.Name, i, c.Kind)
		}
	}
	hs := &e.sec[secHandlers]
	for _, h := range f.Handlers {
		for _, v := range []int{h.Start, h.End, h.Target, h.Reg, h.EnvDepth} {
			if v < 0 {
				return fmt.Errorf("snapshot: function %q has a negative handler field", f.Name)
			}
			u(hs, v)
		}
	}
	ls := &e.sec[secLines]
	pc, line, col, file := 0, int64(0), int64(0), int64(0)
	for _, l := range f.Lines {
		if l.PC < pc {
			return fmt.Errorf("snapshot: function %q: line table not sorted by pc", f.Name)
		}
		if l.File < 0 || int(l.File) > e.nfiles {
			return fmt.Errorf("snapshot: function %q: line entry names file %d of %d", f.Name, l.File, e.nfiles)
		}
		u(ls, l.PC-pc)
		z(ls, int64(l.Line)-line)
		z(ls, int64(l.Col)-col)
		if e.nfiles > 0 {
			z(ls, int64(l.File)-file)
		}
		pc, line, col, file = l.PC, int64(l.Line), int64(l.Col), int64(l.File)
	}
	ks := &e.sec[secCallees]
	pc = 0
	for _, c := range f.Callees {
		if c.PC < pc || c.Start < 0 || c.End < c.Start {
			return fmt.Errorf("snapshot: function %q: bad callee range", f.Name)
		}
		u(ks, c.PC-pc)
		u(ks, int(c.Start))
		u(ks, int(c.End))
		pc = c.PC
	}
	for i, id := range [4]int{secConsts, secHandlers, secLines, secCallees} {
		u(fs, len(e.sec[id])-body[i])
	}
	return nil
}

// module writes section 10. It runs before the string table is written, so
// the strings it numbers are in it.
func (e *encoder) module(p *Program) error {
	b := &e.sec[secModule]
	m := p.Module
	if m == nil {
		*b = append(*b, 0)
		return nil
	}
	u := func(v int) { *b = binary.AppendUvarint(*b, uint64(v)) }
	flag := func(v bool) {
		if v {
			*b = append(*b, 1)
		} else {
			*b = append(*b, 0)
		}
	}
	if len(m.Env.Names) != len(m.Env.Lexical) {
		return errors.New("snapshot: module environment layout is malformed")
	}
	*b = append(*b, 1)
	u(len(m.Env.Names))
	for i, n := range m.Env.Names {
		u(e.str(n))
		flag(m.Env.Lexical[i])
	}
	flag(m.Async)
	u(len(m.Requests))
	for _, r := range m.Requests {
		u(e.str(r.Specifier))
		u(len(r.Attributes))
		for _, a := range r.Attributes {
			u(e.str(a.Key))
			u(e.str(a.Value))
		}
	}
	u(len(m.Imports))
	for _, im := range m.Imports {
		u(im.Request)
		u(e.str(im.Name))
		u(im.Slot)
		u(im.Line)
		u(im.Col)
		u(im.Len)
	}
	u(len(m.LocalExports))
	for _, ex := range m.LocalExports {
		u(e.str(ex.Name))
		u(ex.Slot)
	}
	u(len(m.IndirectExports))
	for _, ex := range m.IndirectExports {
		u(e.str(ex.Name))
		u(ex.Request)
		u(e.str(ex.Import))
		u(ex.Line)
		u(ex.Col)
		u(ex.Len)
	}
	u(len(m.StarExports))
	for _, r := range m.StarExports {
		u(r)
	}
	u(len(m.Funcs))
	for _, h := range m.Funcs {
		u(h.Func)
		u(h.Slot)
	}
	return nil
}

// A reader walks one section. The first error sticks: later reads return
// zero values, so decoding code can check once per record.
type reader struct {
	b   []byte
	sec int
	err error
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("%s section: %s", sectionNames[r.sec], fmt.Sprintf(format, args...))
	}
}

func (r *reader) uv() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail("truncated or overlong number")
		return 0
	}
	r.b = r.b[n:]
	return v
}

// int reads a uv that must be at most max.
func (r *reader) int(max int, what string) int {
	v := r.uv()
	if max < 0 || v > uint64(max) {
		r.fail("%s %d out of range (limit %d)", what, v, max)
		return 0
	}
	return int(v)
}

// count reads a number of records that each take at least minBytes, so a
// count the section cannot hold fails before anything is allocated.
func (r *reader) count(minBytes int, what string) int {
	v := r.uv()
	if v > uint64(len(r.b)/minBytes) {
		r.fail("%s count %d is more than the section holds", what, v)
		return 0
	}
	return int(v)
}

func (r *reader) zz() int64 {
	v := r.uv()
	return int64(v>>1) ^ -int64(v&1)
}

func (r *reader) byte() byte {
	if r.err != nil {
		return 0
	}
	if len(r.b) == 0 {
		r.fail("truncated")
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *reader) end() {
	if r.err == nil && len(r.b) != 0 {
		r.fail("%d bytes left over", len(r.b))
	}
}

type decoder struct {
	strs []string
	nums []float64
	res  [][2]string
	sec  [numSections + 1]*reader
	raw  [numSections + 1][]byte // each section whole, as sec[id] started
	// nfiles is len(Program.Files), read before any line table.
	nfiles int
	// at is where the next function's body starts in each of sections 5
	// to 9, while the records are read.
	at [numSections + 1]int
	// mu serialises Function.Load on the functions of a lazily decoded
	// program, which runtimes on several goroutines may share.
	mu sync.Mutex
	// lazyTables leaves each function's line and callee tables to
	// Function.LineTable and CalleeTable (a built-in snapshot's only).
	lazyTables bool
}

// A body locates one function's body in the sections of its snapshot
// until it is decoded: where it starts in each section (bytes), how many
// bytes it takes in those whose records vary in size, and how many records
// it has.
type body struct {
	d *decoder
	// compile, set instead of d, makes the body of a function compiled on
	// first use (DeferBody), under mu.
	compile func(*Function) error
	mu      *sync.Mutex

	sites, code, consts, handlers, lines, callees    uint32
	siteBytes, constBytes, handlerBytes, lineBytes   uint32
	calleeBytes                                      uint32
	nsites, ncode, nconsts, nhandlers, nlines, ncall uint32

	decoded bool
	err     error
	// tables is set once Lines and Callees are decoded.
	tables bool
}

func (d *decoder) str(r *reader) string {
	i := r.int(len(d.strs)-1, "string index")
	if r.err != nil {
		return ""
	}
	return d.strs[i]
}

func (d *decoder) num(r *reader) float64 {
	i := r.int(len(d.nums)-1, "number index")
	if r.err != nil {
		return 0
	}
	return d.nums[i]
}

func (d *decoder) regexp(r *reader) (pattern, flags string) {
	i := r.int(len(d.res)-1, "regexp index")
	if r.err != nil {
		return "", ""
	}
	return d.res[i][0], d.res[i][1]
}

// DecodeSnapshot loads a snapshot. name is the file the bytes came from; every
// error is one line that starts with it. The program's strings share data's
// memory: data must not change while the program is in use. Checks run in the order cheapest
// and most telling first: size, magic, format version and opcode table,
// checksums, structure, then Verify on every function.
func DecodeSnapshot(name string, data []byte) (*Program, error) {
	return decodeSnapshot(name, data, verifyNow, checkAll)
}

// DecodeSnapshotDeferred is DecodeSnapshot with the decoding of each
// function's body and the verifier left to the runtime: the program comes
// back Unverified, and each function must pass Load and then
// VerifyFunction before it first runs. A program runs a fraction of the
// functions it carries (a bundle holds whole libraries), so decoding and
// verifying them all up front cost a 2 MB snapshot's start-up several
// milliseconds for code that never ran; a function that never runs cannot
// do harm. Every other check (size, format, checksums, the structure of
// everything but the bodies) still happens here.
func DecodeSnapshotDeferred(name string, data []byte) (*Program, error) {
	return decodeSnapshot(name, data, verifyLater, checkAll)
}

// DecodeCacheEntry is DecodeSnapshotDeferred for an entry of Kiln's own
// compile cache, which skips the whole-file SHA-256 and keeps every other
// check: the CRC-32C of each section, the structure, and the verifier
// before each function first runs. An unkeyed hash stored beside the bytes
// it covers guards nothing the CRCs do not against someone able to rewrite
// the entry (they rewrite the hash too), and the damage a cache meets (a
// flipped bit, a truncated write) is what the CRCs and the verifier catch;
// a failed load costs one recompile. The hash was ~53% of the ~14 ms
// that loading TypeScript's 10 MB _tsc.js entry took. kiln build's .kbc
// files, which are shipped and may be all a program is, keep the full
// check (DecodeSnapshot, DecodeSnapshotDeferred).
func DecodeCacheEntry(name string, data []byte) (*Program, error) {
	return decodeSnapshot(name, data, verifyLater, checkSections)
}

// DecodeBuiltinSnapshot decodes a snapshot that is part of the running
// binary itself (Kiln's own library, compiled when Kiln was built and
// verified then by its tests). Function bodies decode on Load, as with
// DecodeSnapshotDeferred. It skips the verifier, which would cost each
// start-up more than a millisecond, and the checksums: they guard against
// a file damaged on disk or in transit, and these bytes are the program's
// own data, which nothing between the build and the run can damage without
// damaging the code that would check them. The structural checks stay, as
// they cost next to nothing. Never use it for bytes read at run time.
func DecodeBuiltinSnapshot(name string, data []byte) (*Program, error) {
	return decodeSnapshot(name, data, verifyNever, checkNone)
}

// When decodeSnapshot runs the verifier.
type verifyMode uint8

const (
	verifyNow verifyMode = iota
	verifyLater
	verifyNever
)

// Which checksums decodeSnapshot compares.
type checkMode uint8

const (
	checkAll      checkMode = iota // each section's CRC-32C and the file's SHA-256
	checkSections                  // each section's CRC-32C
	checkNone
)

func decodeSnapshot(name string, data []byte, mode verifyMode, check checkMode) (*Program, error) {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%s: %s", name, fmt.Sprintf(format, args...))
	}
	if len(data) > MaxSnapshotSize {
		return nil, bad("%d bytes is too large for a Kiln snapshot", len(data))
	}
	if !IsSnapshot(data) {
		return nil, bad("not a Kiln snapshot (bad magic)")
	}
	if len(data) < minSnapshotSize {
		return nil, bad("truncated snapshot (%d bytes)", len(data))
	}
	version := binary.LittleEndian.Uint32(data[8:])
	hash := binary.LittleEndian.Uint64(data[12:])
	if version != FormatVersion || hash != TableHash {
		return nil, fmt.Errorf("%s was built by a different Kiln (format %d, opcode table %016x); rebuild it with kiln build", name, version, hash)
	}
	flags := binary.LittleEndian.Uint32(data[20:])
	if n := binary.LittleEndian.Uint32(data[24:]); n != numSections {
		return nil, bad("snapshot has %d sections, want %d", n, numSections)
	}
	body := data[:len(data)-sha256.Size]
	// A built-in snapshot is not checksummed: see DecodeBuiltinSnapshot.
	checksums := check != checkNone
	d := &decoder{lazyTables: mode == verifyNever}
	off := tableEnd
	for id := 1; id <= numSections; id++ {
		ent := data[headerSize+(id-1)*sectionEntry:]
		gotID := binary.LittleEndian.Uint32(ent)
		start := binary.LittleEndian.Uint32(ent[4:])
		length := binary.LittleEndian.Uint32(ent[8:])
		sum := binary.LittleEndian.Uint32(ent[12:])
		if gotID != uint32(id) || start != uint32(off) || uint64(length) > uint64(len(body)-off) {
			return nil, bad("section table entry %d is corrupt", id)
		}
		s := body[off : off+int(length)]
		if checksums && crc32c(s) != sum {
			return nil, bad("%s section checksum mismatch (file corrupted)", sectionNames[id])
		}
		d.sec[id] = &reader{b: s, sec: id}
		d.raw[id] = s
		off += int(length)
	}
	if off != len(body) {
		return nil, bad("%d stray bytes after the last section", len(body)-off)
	}
	if check == checkAll {
		if sum := sha256.Sum256(body); !bytes.Equal(sum[:], data[len(body):]) {
			return nil, bad("SHA-256 mismatch (file corrupted)")
		}
	}
	if flags&^snapshotKnownFlags != 0 {
		return nil, bad("unknown header flags %#x", flags)
	}
	p, err := d.program(mode != verifyNow)
	if err != nil {
		return nil, bad("%v", err)
	}
	if flags&SnapshotNoSource != 0 && (p.Source != "" || p.OriginalSource != "" || hasFileSource(p)) {
		return nil, bad("source text present in a snapshot built without it")
	}
	p.Snapshot = name
	switch mode {
	case verifyNever:
		return p, nil
	case verifyLater:
		p.Unverified = true
		return p, nil
	}
	if err := Verify(p.Main); err != nil {
		return nil, bad("bytecode rejected by the verifier: %v", err)
	}
	return p, nil
}

func hasFileSource(p *Program) bool {
	for _, sf := range p.Files {
		if sf.Source != "" {
			return true
		}
	}
	return false
}

// program decodes the sections. When lazy, function bodies are left for
// Function.Load and only located now.
func (d *decoder) program(lazy bool) (*Program, error) {
	// Strings come first: the other sections refer to them. They are
	// substrings of the section itself, not copies (the decode functions
	// say that the program shares data's memory): a bundle's source text
	// alone is megabytes, and Kiln's own library sits in the binary's data,
	// where it is read in place.
	r := d.sec[secStrings]
	all := unsafe.String(unsafe.SliceData(r.b), len(r.b))
	n := r.count(1, "string")
	d.strs = make([]string, 0, n)
	for i := 0; i < n && r.err == nil; i++ {
		l := r.count(1, "string byte")
		at := len(all) - len(r.b)
		d.strs = append(d.strs, all[at:at+l])
		r.b = r.b[l:]
	}
	r.end()
	if r.err == nil && (len(d.strs) == 0 || d.strs[0] != "") {
		r.fail("entry 0 is not the empty string")
	}
	if r.err != nil {
		return nil, r.err
	}

	r = d.sec[secNumbers]
	n = r.count(8, "number")
	d.nums = make([]float64, n)
	for i := range d.nums {
		d.nums[i] = math.Float64frombits(binary.LittleEndian.Uint64(r.b))
		r.b = r.b[8:]
	}
	r.end()

	rr := d.sec[secRegexps]
	n = rr.count(2, "regexp")
	d.res = make([][2]string, n)
	for i := range d.res {
		d.res[i] = [2]string{d.str(rr), d.str(rr)}
	}
	rr.end()
	for _, r := range []*reader{r, rr} {
		if r.err != nil {
			return nil, r.err
		}
	}

	fr := d.sec[secFunctions]
	p := &Program{Filename: d.str(fr), Source: d.str(fr), OriginalSource: d.str(fr)}
	nfiles := fr.count(2, "source file")
	if nfiles > 0 {
		p.Files = make([]SourceFile, nfiles)
	}
	for i := 0; i < nfiles && fr.err == nil; i++ {
		p.Files[i] = SourceFile{Name: d.str(fr), Source: d.str(fr)}
	}
	d.nfiles = nfiles
	// A function record takes at least 19 bytes.
	n = fr.count(19, "function")
	if fr.err == nil && n == 0 {
		fr.fail("no main function")
	}
	if fr.err != nil {
		return nil, fr.err
	}
	funcs := make([]Function, n)
	bodies := make([]body, n)
	depth := make([]int, n)
	next := 1 // the first function not yet claimed as a child
	for i := range funcs {
		f := &funcs[i]
		f.Program = p
		if err := d.function(f, &bodies[i], &next, funcs, depth, i); err != nil {
			return nil, err
		}
	}
	if next != n {
		return nil, fmt.Errorf("functions section: %d functions belong to no parent", n-next)
	}
	for id := secCode; id <= secCallees; id++ {
		if d.at[id] != len(d.raw[id]) {
			return nil, fmt.Errorf("%s section: %d bytes belong to no function", sectionNames[id], len(d.raw[id])-d.at[id])
		}
	}
	p.Main = &funcs[0]
	p.Module = d.module(len(p.Main.Funcs))
	for _, id := range []int{secFunctions, secModule} {
		d.sec[id].end()
		if err := d.sec[id].err; err != nil {
			return nil, err
		}
	}
	for i := range funcs {
		if lazy {
			funcs[i].body = &bodies[i]
		} else if err := d.body(&funcs[i], &bodies[i]); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// module reads section 10, checking every index against its table: the
// VM links modules trusting them. nfuncs is the number of Main's children.
func (d *decoder) module(nfuncs int) *Module {
	r := d.sec[secModule]
	switch r.byte() {
	case 0:
		return nil
	case 1:
	default:
		r.fail("bad module marker")
		return nil
	}
	flag := func() bool {
		switch r.byte() {
		case 0:
			return false
		case 1:
			return true
		}
		r.fail("bad flag byte")
		return false
	}
	m := &Module{Env: Const{Kind: ConstScope, ConstLists: &ConstLists{}}}
	n := r.count(2, "module environment slot")
	for i := 0; i < n && r.err == nil; i++ {
		m.Env.Names = append(m.Env.Names, d.str(r))
		m.Env.Lexical = append(m.Env.Lexical, flag())
	}
	slots := len(m.Env.Names)
	m.Async = flag()
	n = r.count(2, "module request")
	for i := 0; i < n && r.err == nil; i++ {
		req := ModuleRequest{Specifier: d.str(r)}
		na := r.count(2, "import attribute")
		for j := 0; j < na && r.err == nil; j++ {
			req.Attributes = append(req.Attributes, ImportAttribute{Key: d.str(r), Value: d.str(r)})
		}
		m.Requests = append(m.Requests, req)
	}
	nreq := len(m.Requests)
	n = r.count(6, "import")
	for i := 0; i < n && r.err == nil; i++ {
		im := ModuleImport{Request: r.int(nreq-1, "import request"), Name: d.str(r)}
		last := slots - 2 // an import cell takes two slots
		if im.Name == "*" {
			last = slots - 1
		}
		im.Slot = r.int(last, "import slot")
		im.Line = r.int(maxInt32, "import line")
		im.Col = r.int(maxInt32, "import column")
		im.Len = r.int(maxInt32, "import name length")
		m.Imports = append(m.Imports, im)
	}
	n = r.count(2, "local export")
	for i := 0; i < n && r.err == nil; i++ {
		m.LocalExports = append(m.LocalExports, LocalExport{Name: d.str(r), Slot: r.int(slots-1, "export slot")})
	}
	n = r.count(6, "indirect export")
	for i := 0; i < n && r.err == nil; i++ {
		ex := IndirectExport{Name: d.str(r), Request: r.int(nreq-1, "export request"), Import: d.str(r)}
		ex.Line, ex.Col, ex.Len = r.int(maxInt32, "export line"), r.int(maxInt32, "export column"), r.int(maxInt32, "export name length")
		m.IndirectExports = append(m.IndirectExports, ex)
	}
	n = r.count(1, "star export")
	for i := 0; i < n && r.err == nil; i++ {
		m.StarExports = append(m.StarExports, r.int(nreq-1, "star export request"))
	}
	n = r.count(2, "hoisted function")
	for i := 0; i < n && r.err == nil; i++ {
		m.Funcs = append(m.Funcs, HoistedFunc{Func: r.int(nfuncs-1, "hoisted function"), Slot: r.int(slots-1, "hoisted function slot")})
	}
	return m
}

// function reads the record of function i and locates its body, which
// the sections' remaining bytes must hold.
func (d *decoder) function(f *Function, b *body, next *int, funcs []Function, depth []int, i int) error {
	r := d.sec[secFunctions]
	f.Name = d.str(r)
	f.InferredName = d.str(r)
	f.Length = r.int(maxInt32, "length")
	f.NParams = r.int(maxInt32, "parameter count")
	f.NRegs = r.int(maxInt32, "register count")
	f.NInit = r.int(maxInt32, "entry register count")
	f.Kind = FuncKind(r.byte())
	if f.Kind > KindAsyncGenerator {
		r.fail("function %d has unknown kind %d", i, f.Kind)
	}
	f.Flags = FuncFlags(r.int(math.MaxUint16, "function flags"))
	f.SourceStart = int32(r.int(maxInt32, "source start"))
	f.SourceEnd = int32(r.int(maxInt32, "source end"))
	left := func(id int) int { return len(d.raw[id]) - d.at[id] }
	ncode := r.int(left(secCode)/4, "code length")
	nconsts := r.int(left(secConsts), "constant count")
	nfuncs := r.int(len(funcs)-*next, "nested function count")
	nhandlers := r.int(left(secHandlers)/5, "handler count")
	nlines := r.int(left(secLines)/3, "line entry count")
	ncallees := r.int(left(secCallees)/3, "callee entry count")
	nsites := r.count(1, "site")
	sites := len(d.raw[secFunctions]) - len(r.b)
	for range nsites {
		r.uv()
	}
	siteBytes := len(d.raw[secFunctions]) - len(r.b) - sites
	// The body's byte counts, checked against what its record counts need
	// at the least and against what the sections hold.
	constBytes := r.int(left(secConsts), "constant bytes")
	handlerBytes := r.int(left(secHandlers), "handler bytes")
	lineBytes := r.int(left(secLines), "line table bytes")
	calleeBytes := r.int(left(secCallees), "callee table bytes")
	if r.err == nil && (nconsts*2 > constBytes || nhandlers*5 > handlerBytes || nlines*3 > lineBytes || ncallees*3 > calleeBytes) {
		r.fail("function %d: body counts exceed its byte counts", i)
	}
	if r.err != nil {
		return r.err
	}
	*b = body{d: d,
		sites: uint32(sites), siteBytes: uint32(siteBytes), nsites: uint32(nsites),
		code: uint32(d.at[secCode]), ncode: uint32(ncode),
		consts: uint32(d.at[secConsts]), constBytes: uint32(constBytes), nconsts: uint32(nconsts),
		handlers: uint32(d.at[secHandlers]), handlerBytes: uint32(handlerBytes), nhandlers: uint32(nhandlers),
		lines: uint32(d.at[secLines]), lineBytes: uint32(lineBytes), nlines: uint32(nlines),
		callees: uint32(d.at[secCallees]), calleeBytes: uint32(calleeBytes), ncall: uint32(ncallees),
	}
	d.at[secCode] += 4 * ncode
	d.at[secConsts] += constBytes
	d.at[secHandlers] += handlerBytes
	d.at[secLines] += lineBytes
	d.at[secCallees] += calleeBytes
	if nfuncs > 0 {
		if depth[i]+1 > maxFuncDepth {
			return fmt.Errorf("functions section: functions nested deeper than %d", maxFuncDepth)
		}
		f.Funcs = make([]*Function, nfuncs)
		for j := range f.Funcs {
			f.Funcs[j] = &funcs[*next]
			depth[*next] = depth[i] + 1
			*next++
		}
	}
	return nil
}

// Load decodes f's body (Code, Consts, Sites, Handlers, Lines and
// Callees), which stay empty until then when f comes from a snapshot
// decoded lazily (DecodeSnapshotDeferred, DecodeBuiltinSnapshot), or
// compiles it when its compilation was deferred (DeferBody); the
// runtime calls it before f first runs. It does nothing for any other
// function or once done, and is safe to call from several goroutines. An
// error means the snapshot is malformed; it names the section, not the
// file (Program.Snapshot).
func (f *Function) Load() error {
	b := f.body
	if b == nil {
		return nil
	}
	if b.compile != nil {
		return b.compiled(f)
	}
	b.d.mu.Lock()
	defer b.d.mu.Unlock()
	if !b.decoded {
		b.err = b.d.body(f, b)
		b.decoded = true
	}
	return b.err
}

// body decodes the body b locates into f. Every read stays within the
// body's own bytes, and must use all of them.
func (d *decoder) body(f *Function, b *body) error {
	sub := func(id int, at, n uint32) *reader {
		return &reader{b: d.raw[id][at : at+n : at+n], sec: id}
	}
	r := sub(secFunctions, b.sites, b.siteBytes)
	if b.nsites > 0 {
		f.Sites = make([]string, b.nsites)
	}
	for j := range f.Sites {
		f.Sites[j] = d.str(r)
	}

	code := d.raw[secCode][b.code:]
	f.Code = make([]uint32, b.ncode)
	for j := range f.Code {
		f.Code[j] = binary.LittleEndian.Uint32(code[4*j:])
	}
	ncode := int(b.ncode)

	cs := sub(secConsts, b.consts, b.constBytes)
	if b.nconsts > 0 {
		f.Consts = make([]Const, b.nconsts)
	}
	for j := 0; j < len(f.Consts) && cs.err == nil; j++ {
		c := &f.Consts[j]
		c.Kind = ConstKind(cs.byte())
		switch c.Kind {
		case ConstNumber:
			c.Num = d.num(cs)
		case ConstString, ConstBigInt, ConstName:
			c.Str = d.str(cs)
		case ConstRegExp:
			c.Str, c.Str2 = d.regexp(cs)
		case ConstTemplate:
			m := cs.count(3, "template string")
			c.ConstLists = &ConstLists{}
			c.Cooked, c.Raw, c.Invalid = make([]string, m), make([]string, m), make([]bool, m)
			for k := 0; k < m; k++ {
				switch cs.byte() {
				case 0:
				case 1:
					c.Invalid[k] = true
				default:
					cs.fail("bad template flag")
				}
				c.Cooked[k] = d.str(cs)
				c.Raw[k] = d.str(cs)
			}
		case ConstScope:
			m := cs.count(2, "scope slot")
			c.ConstLists = &ConstLists{}
			c.Names, c.Lexical = make([]string, m), make([]bool, m)
			for k := 0; k < m; k++ {
				c.Names[k] = d.str(cs)
				flag := cs.byte()
				if flag > 1|byte(FixedCallee)<<1 {
					cs.fail("bad lexical flag")
				}
				c.Lexical[k] = flag&1 != 0
				if fx := Fixed(flag >> 1); fx != FixedNone {
					if c.Fixed == nil {
						c.Fixed = make([]Fixed, m)
					}
					c.Fixed[k] = fx
				}
			}
		default:
			cs.fail("constant has unknown kind %d", c.Kind)
		}
	}

	hs := sub(secHandlers, b.handlers, b.handlerBytes)
	if b.nhandlers > 0 {
		f.Handlers = make([]Handler, b.nhandlers)
	}
	for j := range f.Handlers {
		h := &f.Handlers[j]
		h.Start = hs.int(ncode, "handler start")
		h.End = hs.int(ncode, "handler end")
		h.Target = hs.int(ncode, "handler target")
		h.Reg = hs.int(maxInt32, "handler register")
		h.EnvDepth = hs.int(maxInt32, "handler environment depth")
	}

	for _, r := range []*reader{r, cs, hs} {
		r.end()
		if r.err != nil {
			return r.err
		}
	}
	if d.lazyTables {
		return nil
	}
	return d.tables(f, b)
}

// tables decodes the line and callee tables of the body b locates into f.
func (d *decoder) tables(f *Function, b *body) error {
	b.tables = true
	sub := func(id int, at, n uint32) *reader {
		return &reader{b: d.raw[id][at : at+n : at+n], sec: id}
	}
	ncode := int(b.ncode)
	ls := sub(secLines, b.lines, b.lineBytes)
	if b.nlines > 0 {
		f.Lines = make([]LinePos, b.nlines)
	}
	pc, line, col, file := 0, int64(0), int64(0), int64(0)
	for j := range f.Lines {
		pc += ls.int(ncode, "line pc delta")
		line += ls.zz()
		col += ls.zz()
		if d.nfiles > 0 {
			file += ls.zz()
		}
		if pc > ncode || line != int64(int32(line)) || col != int64(int32(col)) || file < 0 || file > int64(d.nfiles) {
			ls.fail("line entry out of range")
		}
		f.Lines[j] = LinePos{PC: pc, Line: int32(line), Col: int32(col), File: int32(file)}
	}

	ks := sub(secCallees, b.callees, b.calleeBytes)
	if b.ncall > 0 {
		f.Callees = make([]SourceRange, b.ncall)
	}
	pc = 0
	for j := range f.Callees {
		pc += ks.int(ncode, "callee pc delta")
		start := ks.int(maxInt32, "callee start")
		end := ks.int(maxInt32, "callee end")
		if pc > ncode || end < start {
			ks.fail("callee entry out of range")
		}
		f.Callees[j] = SourceRange{PC: pc, Start: int32(start), End: int32(end)}
	}
	for _, r := range []*reader{ls, ks} {
		r.end()
		if r.err != nil {
			return r.err
		}
	}
	return nil
}

// LineTable returns f.Lines. A function of a built-in snapshot
// (DecodeBuiltinSnapshot) decodes it, with Callees, on the first call:
// only stack traces and error messages read them, and they were a fifth
// of what loading a body allocated. A table that does not decode reads
// as empty; the built-in snapshots are checked when Kiln is built.
func (f *Function) LineTable() []LinePos {
	f.loadTables()
	return f.Lines
}

// CalleeTable returns f.Callees, decoding it first as LineTable does.
func (f *Function) CalleeTable() []SourceRange {
	f.loadTables()
	return f.Callees
}

func (f *Function) loadTables() {
	b := f.body
	if b == nil || b.d == nil || !b.d.lazyTables {
		return
	}
	b.d.mu.Lock()
	defer b.d.mu.Unlock()
	if !b.tables {
		if b.d.tables(f, b) != nil {
			f.Lines, f.Callees = nil, nil
		}
	}
}
