package wasm

import "strings"

// Validation and translation of the fixed-width SIMD instructions (the
// 0xFD prefix; WebAssembly 2.0 spec §5.4.8, §3.3.3, §4.4.3). A v128 takes
// two slots, its low 8 bytes in the first (see doc.go), and an
// instruction names the first slot of each vector operand. Fields: d the
// result, x and y the operands (the address and the vector for memory
// instructions), k a memory offset or bitselect's third operand's slot,
// n a lane index. v128.const keeps its low half in k and its high half in
// x (low 32 bits) and y; i8x16.shuffle keeps its lane indexes 0-7 in k
// and 8-15 in the k of an opShuffleData instruction right after it.

// The SIMD instructions are opPrefixFD plus their sub-opcode; those that
// move whole vectors for the core instructions follow.
const (
	opPrefixFD     = 0x300
	opCopy128      = 0x400 + iota // d = x, a v128
	opSelect128                   // select of v128s (slots as for select)
	opGlobalGet128                // d = global k, a v128
	opGlobalSet128                // global k = y, a v128
	opShuffleData                 // i8x16.shuffle's lanes 8-15, never run
)

// simdShape says how a SIMD instruction uses the stack: what it pops
// (the last popped first) and pushes, and its immediates.
type simdShape struct {
	in    [3]ValType
	nin   int
	out   ValType // 0 for none
	mem   uint32  // access size in bytes, for those with a memarg
	lanes byte    // lane count, for those with a lane index
}

// simdSig returns SIMD instruction sub's shape, or false for an unknown
// sub-opcode.
func simdSig(sub uint32) (simdShape, bool) {
	un := func(a, r ValType) (simdShape, bool) { return simdShape{in: [3]ValType{a}, nin: 1, out: r}, true }
	bin := func(a, b, r ValType) (simdShape, bool) {
		return simdShape{in: [3]ValType{a, b}, nin: 2, out: r}, true
	}
	load := func(size uint32) (simdShape, bool) {
		return simdShape{in: [3]ValType{I32}, nin: 1, out: V128, mem: size}, true
	}
	// The scalar type of each shape's lanes: i8x16 i16x8 i32x4 i64x2
	// f32x4 f64x2.
	laneT := [6]ValType{I32, I32, I32, I64, F32, F64}
	switch {
	case sub == 0x00:
		return load(16)
	case sub <= 0x06:
		return load(8)
	case sub <= 0x0a:
		return load(1 << (sub - 7))
	case sub == 0x0b:
		return simdShape{in: [3]ValType{I32, V128}, nin: 2, mem: 16}, true
	case sub == 0x0c:
		return simdShape{out: V128}, true
	case sub == 0x0d || sub == 0x0e:
		return bin(V128, V128, V128)
	case sub <= 0x14:
		return un(laneT[sub-0x0f], V128)
	case sub <= 0x22:
		// extract_lane (_s, _u) and replace_lane of each shape.
		shapes := [...]byte{0, 0, 0, 1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5}
		replace := [...]bool{false, false, true, false, false, true, false, true, false, true, false, true, false, true}
		sh := shapes[sub-0x15]
		lanes := byte(16 >> min(sh, 3))
		if sh >= 4 {
			lanes = byte(4 >> (sh - 4))
		}
		if replace[sub-0x15] {
			s, _ := bin(V128, laneT[sh], V128)
			s.lanes = lanes
			return s, true
		}
		s, _ := un(V128, laneT[sh])
		s.lanes = lanes
		return s, true
	case sub <= 0x4c:
		return bin(V128, V128, V128)
	case sub == 0x4d:
		return un(V128, V128)
	case sub <= 0x51:
		return bin(V128, V128, V128)
	case sub == 0x52:
		return simdShape{in: [3]ValType{V128, V128, V128}, nin: 3, out: V128}, true
	case sub == 0x53:
		return un(V128, I32)
	case sub <= 0x57:
		s, _ := bin(I32, V128, V128)
		s.mem, s.lanes = 1<<(sub-0x54), byte(16>>(sub-0x54))
		return s, true
	case sub <= 0x5b:
		return simdShape{in: [3]ValType{I32, V128}, nin: 2, mem: 1 << (sub - 0x58), lanes: byte(16 >> (sub - 0x58))}, true
	case sub == 0x5c:
		return load(4)
	case sub == 0x5d:
		return load(8)
	}
	switch sub {
	case 0x63, 0x64, 0x83, 0x84, 0xa3, 0xa4, 0xc3, 0xc4:
		return un(V128, I32)
	case 0x6b, 0x6c, 0x6d, 0x8b, 0x8c, 0x8d, 0xab, 0xac, 0xad, 0xcb, 0xcc, 0xcd:
		return bin(V128, I32, V128)
	case 0x5e, 0x5f, 0x60, 0x61, 0x62, 0x67, 0x68, 0x69, 0x6a, 0x74, 0x75, 0x7a, 0x7c, 0x7d, 0x7e, 0x7f,
		0x80, 0x81, 0x87, 0x88, 0x89, 0x8a, 0x94, 0xa0, 0xa1, 0xa7, 0xa8, 0xa9, 0xaa, 0xc0, 0xc1,
		0xc7, 0xc8, 0xc9, 0xca, 0xe0, 0xe1, 0xe3, 0xec, 0xed, 0xef, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe, 0xff:
		return un(V128, V128)
	case 0x65, 0x66, 0x6e, 0x6f, 0x70, 0x71, 0x72, 0x73, 0x76, 0x77, 0x78, 0x79, 0x7b, 0x82, 0x85, 0x86,
		0x8e, 0x8f, 0x90, 0x91, 0x92, 0x93, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f,
		0xae, 0xb1, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xbc, 0xbd, 0xbe, 0xbf, 0xce, 0xd1, 0xd5,
		0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf,
		0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xf0, 0xf1, 0xf2, 0xf3, 0xf4, 0xf5, 0xf6, 0xf7:
		return bin(V128, V128, V128)
	}
	return simdShape{}, false
}

// simd validates and translates one 0xFD-prefixed instruction.
func (v *validator) simd() {
	r := v.r
	sub := r.u32("prefixed opcode index")
	sh, ok := simdSig(sub)
	if !ok {
		// The relaxed-SIMD proposal's opcodes, which node 20 leaves
		// behind a flag, get V8's message for that.
		if sub >= 0x100 && sub <= 0x113 {
			r.failAt(v.opPos, "Compiling function #%d failed: simd opcode not available, enable with --experimental-relaxed-simd", v.fn)
		}
		r.failAt(v.opPos, "Compiling function #%d failed: invalid simd opcode", v.fn)
	}
	v.simdSub = sub
	in := ins{op: opPrefixFD + uint16(sub)}
	if sh.mem != 0 {
		in.k = v.memarg(sh.mem)
	}
	if sh.lanes != 0 {
		pos := r.pos
		lane := r.byte("lane index")
		if lane >= sh.lanes {
			r.failAt(pos, "Compiling function #%d failed: invalid lane index", v.fn)
		}
		in.n = uint16(lane)
	}
	var shuffle uint64
	switch sub {
	case 0x0c:
		b := r.bytes(16, "v128 constant")
		hi := le64(b[8:])
		in.k, in.x, in.y = le64(b[:8]), uint32(hi), uint32(hi>>32)
	case 0x0d:
		pos := r.pos
		b := r.bytes(16, "shuffle lanes")
		for _, l := range b {
			if l >= 32 {
				r.failAt(pos, "Compiling function #%d failed: invalid shuffle mask", v.fn)
			}
		}
		in.k, shuffle = le64(b[:8]), le64(b[8:])
	}
	// Operands pop last first: the third is bitselect's mask (in k).
	switch sh.nin {
	case 3:
		in.k = uint64(v.operand(sh.in[2]))
		in.y = v.operand(sh.in[1])
		in.x = v.operand(sh.in[0])
	case 2:
		in.y = v.operand(sh.in[1])
		in.x = v.operand(sh.in[0])
	case 1:
		in.x = v.operand(sh.in[0])
	}
	if sh.out == 0 {
		v.emit(in)
		return
	}
	in.d = v.home(len(v.vals))
	v.emit(in)
	if sub == 0x0d {
		v.emit(ins{op: opShuffleData, k: shuffle})
		v.push(V128)
		return
	}
	v.result(sh.out)
}

// simdNames names the SIMD instructions by sub-opcode ("-" where none),
// for messages: a string rather than a table so that nothing initialises.
const simdNames = "" +
	"v128.load v128.load8x8_s v128.load8x8_u v128.load16x4_s v128.load16x4_u v128.load32x2_s " +
	"v128.load32x2_u v128.load8_splat v128.load16_splat v128.load32_splat v128.load64_splat v128.store " +
	"v128.const i8x16.shuffle i8x16.swizzle i8x16.splat i16x8.splat i32x4.splat i64x2.splat f32x4.splat " +
	"f64x2.splat i8x16.extract_lane_s i8x16.extract_lane_u i8x16.replace_lane i16x8.extract_lane_s " +
	"i16x8.extract_lane_u i16x8.replace_lane i32x4.extract_lane i32x4.replace_lane i64x2.extract_lane " +
	"i64x2.replace_lane f32x4.extract_lane f32x4.replace_lane f64x2.extract_lane f64x2.replace_lane " +
	"i8x16.eq i8x16.ne i8x16.lt_s i8x16.lt_u i8x16.gt_s i8x16.gt_u i8x16.le_s i8x16.le_u i8x16.ge_s " +
	"i8x16.ge_u i16x8.eq i16x8.ne i16x8.lt_s i16x8.lt_u i16x8.gt_s i16x8.gt_u i16x8.le_s i16x8.le_u " +
	"i16x8.ge_s i16x8.ge_u i32x4.eq i32x4.ne i32x4.lt_s i32x4.lt_u i32x4.gt_s i32x4.gt_u i32x4.le_s " +
	"i32x4.le_u i32x4.ge_s i32x4.ge_u f32x4.eq f32x4.ne f32x4.lt f32x4.gt f32x4.le f32x4.ge f64x2.eq " +
	"f64x2.ne f64x2.lt f64x2.gt f64x2.le f64x2.ge v128.not v128.and v128.andnot v128.or v128.xor " +
	"v128.bitselect v128.any_true v128.load8_lane v128.load16_lane v128.load32_lane v128.load64_lane " +
	"v128.store8_lane v128.store16_lane v128.store32_lane v128.store64_lane v128.load32_zero " +
	"v128.load64_zero f32x4.demote_f64x2_zero f64x2.promote_low_f32x4 i8x16.abs i8x16.neg i8x16.popcnt " +
	"i8x16.all_true i8x16.bitmask i8x16.narrow_i16x8_s i8x16.narrow_i16x8_u f32x4.ceil f32x4.floor " +
	"f32x4.trunc f32x4.nearest i8x16.shl i8x16.shr_s i8x16.shr_u i8x16.add i8x16.add_sat_s " +
	"i8x16.add_sat_u i8x16.sub i8x16.sub_sat_s i8x16.sub_sat_u f64x2.ceil f64x2.floor i8x16.min_s " +
	"i8x16.min_u i8x16.max_s i8x16.max_u f64x2.trunc i8x16.avgr_u i16x8.extadd_pairwise_i8x16_s " +
	"i16x8.extadd_pairwise_i8x16_u i32x4.extadd_pairwise_i16x8_s i32x4.extadd_pairwise_i16x8_u i16x8.abs " +
	"i16x8.neg i16x8.q15mulr_sat_s i16x8.all_true i16x8.bitmask i16x8.narrow_i32x4_s i16x8.narrow_i32x4_u " +
	"i16x8.extend_low_i8x16_s i16x8.extend_high_i8x16_s i16x8.extend_low_i8x16_u " +
	"i16x8.extend_high_i8x16_u i16x8.shl i16x8.shr_s i16x8.shr_u i16x8.add i16x8.add_sat_s " +
	"i16x8.add_sat_u i16x8.sub i16x8.sub_sat_s i16x8.sub_sat_u f64x2.nearest i16x8.mul i16x8.min_s " +
	"i16x8.min_u i16x8.max_s i16x8.max_u - i16x8.avgr_u i16x8.extmul_low_i8x16_s " +
	"i16x8.extmul_high_i8x16_s i16x8.extmul_low_i8x16_u i16x8.extmul_high_i8x16_u i32x4.abs i32x4.neg - " +
	"i32x4.all_true i32x4.bitmask - - i32x4.extend_low_i16x8_s i32x4.extend_high_i16x8_s " +
	"i32x4.extend_low_i16x8_u i32x4.extend_high_i16x8_u i32x4.shl i32x4.shr_s i32x4.shr_u i32x4.add - - " +
	"i32x4.sub - - - i32x4.mul i32x4.min_s i32x4.min_u i32x4.max_s i32x4.max_u i32x4.dot_i16x8_s - " +
	"i32x4.extmul_low_i16x8_s i32x4.extmul_high_i16x8_s i32x4.extmul_low_i16x8_u " +
	"i32x4.extmul_high_i16x8_u i64x2.abs i64x2.neg - i64x2.all_true i64x2.bitmask - - " +
	"i64x2.extend_low_i32x4_s i64x2.extend_high_i32x4_s i64x2.extend_low_i32x4_u " +
	"i64x2.extend_high_i32x4_u i64x2.shl i64x2.shr_s i64x2.shr_u i64x2.add - - i64x2.sub - - - i64x2.mul " +
	"i64x2.eq i64x2.ne i64x2.lt_s i64x2.gt_s i64x2.le_s i64x2.ge_s i64x2.extmul_low_i32x4_s " +
	"i64x2.extmul_high_i32x4_s i64x2.extmul_low_i32x4_u i64x2.extmul_high_i32x4_u f32x4.abs f32x4.neg - " +
	"f32x4.sqrt f32x4.add f32x4.sub f32x4.mul f32x4.div f32x4.min f32x4.max f32x4.pmin f32x4.pmax " +
	"f64x2.abs f64x2.neg - f64x2.sqrt f64x2.add f64x2.sub f64x2.mul f64x2.div f64x2.min f64x2.max " +
	"f64x2.pmin f64x2.pmax i32x4.trunc_sat_f32x4_s i32x4.trunc_sat_f32x4_u f32x4.convert_i32x4_s " +
	"f32x4.convert_i32x4_u i32x4.trunc_sat_f64x2_s_zero i32x4.trunc_sat_f64x2_u_zero " +
	"f64x2.convert_low_i32x4_s f64x2.convert_low_i32x4_u "

func simdName(sub uint32) string {
	if f := strings.Fields(simdNames); sub < uint32(len(f)) && f[sub] != "-" {
		return f[sub]
	}
	return "simd"
}
