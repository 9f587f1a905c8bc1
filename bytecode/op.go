package bytecode

//go:generate go run ./internal/gen

// Opcode is an instruction's operation, the low byte of its first word.
type Opcode uint8

// OperandKind says what an operand indexes.
type OperandKind uint8

const (
	KindNone  OperandKind = iota
	KindReg               // a register of the frame
	KindConst             // Function.Consts
	KindSite              // Function.Sites
	KindFunc              // Function.Funcs
	KindImm               // an immediate
	KindInt               // a signed immediate: int16 (0..255 unless Wide), or bx's int16
)

// IterValueDone's c operand: when it reads the result's value after its
// done. The protocols differ: a sync yield* passes an unfinished result on
// unread, for await reads a finished one's done alone.
const (
	ValueAlways     = 0
	ValueIfDone     = 1
	ValueUnlessDone = 2
)

// OpInfo is the generated description of an opcode.
type OpInfo struct {
	Name   string
	BX     bool // operand b is the 16-bit bx field (24-bit when wide)
	Kinds  [3]OperandKind
	Jump   bool // followed by an offset word
	Site   bool // followed by a word holding a property site index
	Throws bool
}

// Info returns op's description.
func (op Opcode) Info() *OpInfo { return &opInfo[op] }

func (op Opcode) String() string {
	if int(op) < len(opInfo) {
		return opInfo[op].Name
	}
	return "Op?"
}

// NumOpcodes is the number of opcodes.
const NumOpcodes = int(numOpcodes)

// Word layout: op8 a8 b8 c8, or op8 a8 bx16.
const (
	maxNarrow = 0xFF
	maxWide   = 0xFFFF
	maxBX     = 0xFFFF
	maxWideBX = 0xFF_FFFF
)

// Encode appends the instruction op a b c to code, with a Wide prefix when
// an operand does not fit in its narrow field. For BX opcodes, b is the bx
// operand and c is ignored. Jump opcodes get a zero offset word, to be
// patched with PatchJump; Encode returns the index of the offset word (or -1).
func Encode(code []uint32, op Opcode, a, b, c int) ([]uint32, int) {
	info := &opInfo[op]
	wide := a > maxNarrow || c > maxNarrow
	if info.BX {
		wide = wide || b > maxBX
	} else {
		wide = wide || b > maxNarrow
	}
	if wide {
		var hb int
		if info.BX {
			hb = b >> 16
		} else {
			hb = b >> 8
		}
		code = append(code, uint32(OpWide)|uint32(a>>8)<<8|uint32(hb)<<16|uint32(c>>8)<<24)
	}
	var w uint32
	if info.BX {
		w = uint32(op) | uint32(a&0xFF)<<8 | uint32(b&0xFFFF)<<16
	} else {
		w = uint32(op) | uint32(a&0xFF)<<8 | uint32(b&0xFF)<<16 | uint32(c&0xFF)<<24
	}
	code = append(code, w)
	if info.Site {
		// The caller sets the site with SetSite.
		code = append(code, 0)
	}
	if info.Jump {
		code = append(code, 0)
		return code, len(code) - 1
	}
	return code, -1
}

// EncodeSite appends the instruction op a b c, whose opcode is followed by a
// site word, with that word set to site.
func EncodeSite(code []uint32, op Opcode, a, b, c, site int) []uint32 {
	code, _ = Encode(code, op, a, b, c)
	code[len(code)-1] = uint32(site)
	return code
}

// PatchJump makes the jump whose offset word is at index at go to target.
func PatchJump(code []uint32, at, target int) {
	code[at] = uint32(int32(target - (at + 1)))
}

// Instr is one decoded instruction.
type Instr struct {
	Op      Opcode
	A, B, C int
	Target  int // jump target, for jump opcodes
	Site    int // property site, for opcodes followed by a site word
	PC      int // index of the first word (the Wide prefix, if any)
	Next    int // index of the next instruction
}

// Decode decodes the instruction at pc. It reports false when the words
// there are not a whole valid instruction.
func Decode(code []uint32, pc int) (Instr, bool) {
	in := Instr{PC: pc}
	if pc < 0 || pc >= len(code) {
		return in, false
	}
	w := code[pc]
	var hi uint32
	wide := Opcode(w) == OpWide
	if wide {
		hi = w
		pc++
		if pc >= len(code) {
			return in, false
		}
		w = code[pc]
	}
	op := Opcode(w)
	if int(op) >= NumOpcodes || op == OpWide {
		return in, false
	}
	info := &opInfo[op]
	in.Op = op
	in.A = int(w >> 8 & 0xFF)
	if info.BX {
		in.B = int(w >> 16)
	} else {
		in.B = int(w >> 16 & 0xFF)
		in.C = int(w >> 24)
	}
	if wide {
		in.A |= int(hi>>8&0xFF) << 8
		if info.BX {
			in.B |= int(hi>>16&0xFF) << 16
		} else {
			in.B |= int(hi>>16&0xFF) << 8
			in.C |= int(hi>>24) << 8
		}
	}
	pc++
	if info.Site {
		if pc >= len(code) {
			return in, false
		}
		in.Site = int(code[pc])
		pc++
	}
	if info.Jump {
		if pc >= len(code) {
			return in, false
		}
		in.Target = pc + 1 + int(int32(code[pc]))
		pc++
	}
	in.Next = pc
	return in, true
}
