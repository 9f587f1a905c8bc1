package vm

import (
	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/gc"
)

// The operators with a small integer literal operand (SubI, JmpLtI, ...)
// live here, outside the interpreter's loop: with their cases inline the
// loop function grew enough for Go to compile its hot paths worse (nbody,
// whose instructions none of them are, ran 18% slower).

// immOp is `x op k` for the binary immediate forms: a number fast path,
// else the register form's slow path with k as a number Value. The fast
// path repeats arith's number switch on purpose: calling a shared
// numberArith from here made arith.js 8% slower (246 → 265 ms).
func (rt *Runtime) immOp(op bytecode.Opcode, x Value, k int16) Value {
	if x.IsNumber() {
		f, kf := x.Float(), float64(k)
		switch op {
		case bytecode.OpSubI:
			return gc.Float(f - kf)
		case bytecode.OpMulI:
			return gc.Float(f * kf)
		case bytecode.OpDivI:
			return gc.Float(f / kf)
		case bytecode.OpModI:
			return gc.Float(jsMod(f, kf))
		case bytecode.OpShlI:
			return gc.Int(int(toInt32(f) << (uint32(k) & 31)))
		case bytecode.OpShrI:
			return gc.Int(int(toInt32(f) >> (uint32(k) & 31)))
		case bytecode.OpUShrI:
			return gc.Float(float64(toUint32(f) >> (uint32(k) & 31)))
		case bytecode.OpBitAndI:
			return gc.Int(int(toInt32(f) & int32(k)))
		case bytecode.OpBitOrI:
			return gc.Int(int(toInt32(f) | int32(k)))
		case bytecode.OpBitXorI:
			return gc.Int(int(toInt32(f) ^ int32(k)))
		case bytecode.OpLtI:
			return gc.Bool(f < kf)
		case bytecode.OpLeI:
			return gc.Bool(f <= kf)
		case bytecode.OpGtI:
			return gc.Bool(f > kf)
		default: // GeI
			return gc.Bool(f >= kf)
		}
	}
	y := gc.Int(int(k))
	switch op {
	case bytecode.OpLtI:
		return gc.Bool(rt.lessThan(x, y, true) == 1)
	case bytecode.OpLeI:
		return gc.Bool(rt.lessThan(y, x, false) == 0)
	case bytecode.OpGtI:
		return gc.Bool(rt.lessThan(y, x, false) == 1)
	case bytecode.OpGeI:
		return gc.Bool(rt.lessThan(x, y, true) == 0)
	}
	return rt.arith(immRegisterOp[op-bytecode.OpSubI], x, y)
}

// immRegisterOp maps SubI..BitXorI to their register forms.
var immRegisterOp = [...]bytecode.Opcode{bytecode.OpSub, bytecode.OpMul, bytecode.OpDiv, bytecode.OpMod,
	bytecode.OpShl, bytecode.OpShr, bytecode.OpUShr, bytecode.OpBitAnd, bytecode.OpBitOr, bytecode.OpBitXor}

// immCompare reports whether the compare-and-jump op (JmpLtI ...
// JmpNotGeI) of x against k jumps.
func (rt *Runtime) immCompare(op bytecode.Opcode, x Value, k int16) bool {
	if x.IsNumber() {
		f, kf := x.Float(), float64(k)
		switch op {
		case bytecode.OpJmpLtI:
			return f < kf
		case bytecode.OpJmpLeI:
			return f <= kf
		case bytecode.OpJmpGtI:
			return f > kf
		case bytecode.OpJmpGeI:
			return f >= kf
		case bytecode.OpJmpNotLtI:
			return !(f < kf)
		case bytecode.OpJmpNotLeI:
			return !(f <= kf)
		case bytecode.OpJmpNotGtI:
			return !(f > kf)
		default: // JmpNotGeI
			return !(f >= kf)
		}
	}
	return rt.compareJump(immJumpRegisterOp[op-bytecode.OpJmpLtI], x, gc.Int(int(k)))
}

// immJumpRegisterOp maps JmpLtI..JmpNotGeI to their register forms.
var immJumpRegisterOp = [...]bytecode.Opcode{bytecode.OpJmpLt, bytecode.OpJmpLe, bytecode.OpJmpGt, bytecode.OpJmpGe,
	bytecode.OpJmpNotLt, bytecode.OpJmpNotLe, bytecode.OpJmpNotGt, bytecode.OpJmpNotGe}
