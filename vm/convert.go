package vm

import (
	"math"
	"math/big"
	"strings"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/internal/fdlibm"
	"github.com/kilnjs/kiln/internal/jsnum"
)

// Type conversions and operators (ECMA-262 §7.1, §7.2, §13).

type hint uint8

const (
	hintDefault hint = iota
	hintNumber
	hintString
)

// ToPrimitive is ECMA-262 §7.1.1.
func (rt *Runtime) ToPrimitive(v Value, h hint) Value {
	if !v.IsObject() {
		return v
	}
	exotic := rt.getMethod(v, rt.wellKnown.toPrimitive)
	if exotic != Undefined {
		hs := "default"
		switch h {
		case hintNumber:
			hs = "number"
		case hintString:
			hs = "string"
		}
		r := rt.Call(exotic, v, rt.atom(hs))
		if r.IsObject() {
			rt.throwTypeError("Cannot convert object to primitive value")
		}
		return r
	}
	order := [2]string{"valueOf", "toString"}
	if h == hintString {
		order = [2]string{"toString", "valueOf"}
	}
	for _, name := range order {
		m := rt.Get(v, rt.atom(name))
		if rt.isCallable(m) {
			r := rt.Call(m, v)
			if !r.IsObject() {
				return r
			}
		}
	}
	rt.throwTypeError("Cannot convert object to primitive value")
	return Undefined
}

// ToBoolean is §7.1.2.
func (rt *Runtime) ToBoolean(v Value) bool {
	switch v.Tag() {
	case gc.TagNumber:
		f := v.Float()
		return f != 0 && f == f
	case gc.TagBool:
		return v == True
	case gc.TagString:
		return rt.str(v).n > 0
	case gc.TagUndefined, gc.TagNull, gc.TagEmpty:
		return false
	case gc.TagBigInt:
		return rt.bigint(v).Sign() != 0
	}
	return true
}

// ToNumber is §7.1.4.
func (rt *Runtime) ToNumber(v Value) float64 {
	switch v.Tag() {
	case gc.TagNumber:
		return v.Float()
	case gc.TagUndefined:
		return math.NaN()
	case gc.TagNull:
		return 0
	case gc.TagBool:
		if v == True {
			return 1
		}
		return 0
	case gc.TagString:
		return jsnum.StringToNumber(rt.GoString(v))
	case gc.TagSymbol:
		rt.throwTypeError("Cannot convert a Symbol value to a number")
	case gc.TagBigInt:
		rt.throwTypeError("Cannot convert a BigInt value to a number")
	case gc.TagObject:
		return rt.ToNumber(rt.ToPrimitive(v, hintNumber))
	}
	return math.NaN()
}

// ToNumeric is §7.1.3: a number or a BigInt.
func (rt *Runtime) ToNumeric(v Value) Value {
	p := rt.ToPrimitive(v, hintNumber)
	if p.IsBigInt() || p.IsNumber() {
		return p
	}
	return gc.Float(rt.ToNumber(p))
}

// ToIntegerOrInfinity is §7.1.5.
func (rt *Runtime) ToIntegerOrInfinity(v Value) float64 {
	return jsnum.ToIntegerOrInfinity(rt.ToNumber(v))
}

// ToLength is §7.1.20.
func (rt *Runtime) ToLength(v Value) int64 {
	f := rt.ToIntegerOrInfinity(v)
	if f <= 0 {
		return 0
	}
	if f > 9007199254740991 {
		return 9007199254740991
	}
	return int64(f)
}

// ToIndex is §7.1.22.
func (rt *Runtime) ToIndex(v Value) int64 {
	if v == Undefined {
		return 0
	}
	f := rt.ToIntegerOrInfinity(v)
	if f < 0 || f > 9007199254740991 {
		rt.throwRangeError("Invalid index")
	}
	return int64(f)
}

func (rt *Runtime) numberToGoString(f float64) string { return jsnum.FormatNumber(f) }

// ToString is §7.1.17, returning a string value.
func (rt *Runtime) ToString(v Value) Value {
	switch v.Tag() {
	case gc.TagString:
		return v
	case gc.TagNumber:
		f := v.Float()
		if f >= 0 && f < 10 && f == math.Trunc(f) {
			return rt.charString('0' + int(f))
		}
		return rt.NewString(jsnum.FormatNumber(f))
	case gc.TagUndefined:
		return rt.atom("undefined")
	case gc.TagNull:
		return rt.atom("null")
	case gc.TagBool:
		if v == True {
			return rt.atom("true")
		}
		return rt.atom("false")
	case gc.TagSymbol:
		rt.throwTypeError("Cannot convert a Symbol value to a string")
	case gc.TagBigInt:
		return rt.NewString(rt.bigint(v).String())
	case gc.TagObject:
		return rt.ToString(rt.ToPrimitive(v, hintString))
	}
	return rt.atom("")
}

// ToGoString converts any value to a Go string with ToString.
func (rt *Runtime) ToGoString(v Value) string { return rt.GoString(rt.ToString(v)) }

// ToObject is §7.1.18.
func (rt *Runtime) ToObject(v Value) Value {
	var c Class
	var proto Value
	switch v.Tag() {
	case gc.TagObject:
		return v
	case gc.TagUndefined, gc.TagNull, gc.TagEmpty:
		rt.throwTypeError("Cannot convert undefined or null to object")
	case gc.TagBool:
		c, proto = ClassBoolean, rt.realm.BooleanPrototype
	case gc.TagNumber:
		c, proto = ClassNumber, rt.realm.NumberPrototype
	case gc.TagString:
		c, proto = ClassString, rt.realm.StringPrototype
	case gc.TagSymbol:
		c, proto = ClassSymbol, rt.realm.SymbolPrototype
	case gc.TagBigInt:
		c, proto = ClassBigInt, rt.realm.BigIntPrototype
	}
	o, cell := rt.newObjectCell(c, proto)
	cell.v0 = v
	return o
}

// typeof's results, indexing typeofNames and Runtime.typeofAtoms.
const (
	typeofUndefined = iota
	typeofObject
	typeofBoolean
	typeofNumber
	typeofString
	typeofSymbol
	typeofBigInt
	typeofFunction
)

var typeofNames = [...]string{"undefined", "object", "boolean", "number", "string", "symbol", "bigint", "function"}

// typeofKind is the result of typeof v, as an index into typeofNames.
func (rt *Runtime) typeofKind(v Value) int {
	switch v.Tag() {
	case gc.TagNumber:
		return typeofNumber
	case gc.TagUndefined, gc.TagEmpty:
		return typeofUndefined
	case gc.TagNull:
		return typeofObject
	case gc.TagBool:
		return typeofBoolean
	case gc.TagString:
		return typeofString
	case gc.TagSymbol:
		return typeofSymbol
	case gc.TagBigInt:
		return typeofBigInt
	}
	if rt.isCallable(v) {
		return typeofFunction
	}
	return typeofObject
}

// typeofString is the result of typeof as a Go string.
func (rt *Runtime) typeofString(v Value) string { return typeofNames[rt.typeofKind(v)] }

// typeofValue is the typeof operator. Its result is one of eight atoms made
// with the runtime, so `typeof x === 'string'` compares two handles, and
// no typeof hashes its result to find the atom.
func (rt *Runtime) typeofValue(v Value) Value { return rt.typeofAtoms[rt.typeofKind(v)] }

// typeName names a value for error messages ("undefined", "null", ...).
func (rt *Runtime) typeName(v Value) string {
	switch v {
	case Undefined:
		return "undefined"
	case Null:
		return "null"
	}
	return rt.typeofString(v)
}

// sameValue is §7.2.10.
func sameValue(rt *Runtime, x, y Value) bool {
	if x.IsNumber() && y.IsNumber() {
		a, b := x.Float(), y.Float()
		if a != a && b != b {
			return true
		}
		return a == b && math.Signbit(a) == math.Signbit(b)
	}
	return rt.strictEqual(x, y)
}

// sameValueZero is §7.2.11.
func sameValueZero(rt *Runtime, x, y Value) bool {
	if x.IsNumber() && y.IsNumber() {
		a, b := x.Float(), y.Float()
		return a == b || (a != a && b != b)
	}
	return rt.strictEqual(x, y)
}

// strictEqual is IsStrictlyEqual (§7.2.15).
func (rt *Runtime) strictEqual(x, y Value) bool {
	if x.IsNumber() || y.IsNumber() {
		return x.IsNumber() && y.IsNumber() && x.Float() == y.Float()
	}
	if x == y {
		return true
	}
	tx, ty := x.Tag(), y.Tag()
	if tx != ty {
		return false
	}
	switch tx {
	case gc.TagString:
		return rt.strEqual(x, y)
	case gc.TagBigInt:
		return rt.bigint(x).Cmp(rt.bigint(y)) == 0
	}
	return false
}

// looseEqual is IsLooselyEqual (§7.2.14).
func (rt *Runtime) looseEqual(x, y Value) bool {
	for {
		tx, ty := x.Tag(), y.Tag()
		if tx == ty {
			return rt.strictEqual(x, y)
		}
		switch {
		case x.IsNullish() && y.IsNullish():
			return true
		case x.IsNullish() || y.IsNullish():
			return false
		case tx == gc.TagNumber && ty == gc.TagString:
			return x.Float() == rt.ToNumber(y)
		case tx == gc.TagString && ty == gc.TagNumber:
			return rt.ToNumber(x) == y.Float()
		case tx == gc.TagBigInt && ty == gc.TagString:
			n, ok := rt.stringToBigInt(y)
			return ok && rt.bigint(x).Cmp(n) == 0
		case tx == gc.TagString && ty == gc.TagBigInt:
			x, y = y, x
			continue
		case tx == gc.TagBool:
			x = gc.Float(rt.ToNumber(x))
			continue
		case ty == gc.TagBool:
			y = gc.Float(rt.ToNumber(y))
			continue
		case ty == gc.TagObject && (tx == gc.TagNumber || tx == gc.TagString || tx == gc.TagBigInt || tx == gc.TagSymbol):
			y = rt.ToPrimitive(y, hintDefault)
			continue
		case tx == gc.TagObject && (ty == gc.TagNumber || ty == gc.TagString || ty == gc.TagBigInt || ty == gc.TagSymbol):
			x = rt.ToPrimitive(x, hintDefault)
			continue
		case tx == gc.TagBigInt && ty == gc.TagNumber:
			return bigEqualsNumber(rt.bigint(x), y.Float())
		case tx == gc.TagNumber && ty == gc.TagBigInt:
			return bigEqualsNumber(rt.bigint(y), x.Float())
		}
		return false
	}
}

func bigEqualsNumber(b *big.Int, f float64) bool {
	if f != f || math.IsInf(f, 0) || f != math.Trunc(f) {
		return false
	}
	bf := new(big.Float).SetInt(b)
	return bf.Cmp(big.NewFloat(f)) == 0
}

// add is the + operator (§13.15.3 ApplyStringOrNumericBinaryOperator).
func (rt *Runtime) add(x, y Value) Value {
	if x.IsString() && y.IsString() {
		return rt.concat(x, y)
	}
	px := rt.ToPrimitive(x, hintDefault)
	py := rt.ToPrimitive(y, hintDefault)
	if px.IsString() || py.IsString() {
		return rt.concat(rt.ToString(px), rt.ToString(py))
	}
	return rt.arith(bytecode.OpAdd, px, py)
}

// arith applies a numeric binary operator after ToNumeric.
func (rt *Runtime) arith(op bytecode.Opcode, x, y Value) Value {
	nx := x
	if !nx.IsNumber() {
		nx = rt.ToNumeric(x)
	}
	ny := y
	if !ny.IsNumber() {
		ny = rt.ToNumeric(y)
	}
	if nx.IsBigInt() || ny.IsBigInt() {
		if !(nx.IsBigInt() && ny.IsBigInt()) {
			rt.throwTypeError("Cannot mix BigInt and other types, use explicit conversions")
		}
		return rt.bigArith(op, rt.bigint(nx), rt.bigint(ny))
	}
	a, b := nx.Float(), ny.Float()
	switch op {
	case bytecode.OpAdd:
		return gc.Float(a + b)
	case bytecode.OpSub:
		return gc.Float(a - b)
	case bytecode.OpMul:
		return gc.Float(a * b)
	case bytecode.OpDiv:
		return gc.Float(a / b)
	case bytecode.OpMod:
		return gc.Float(jsMod(a, b))
	case bytecode.OpExp:
		return gc.Float(jsPow(a, b))
	case bytecode.OpShl:
		return gc.Int(int(toInt32(a) << (toUint32(b) & 31)))
	case bytecode.OpShr:
		return gc.Int(int(toInt32(a) >> (toUint32(b) & 31)))
	case bytecode.OpUShr:
		return gc.Float(float64(toUint32(a) >> (toUint32(b) & 31)))
	case bytecode.OpBitAnd:
		return gc.Int(int(toInt32(a) & toInt32(b)))
	case bytecode.OpBitOr:
		return gc.Int(int(toInt32(a) | toInt32(b)))
	case bytecode.OpBitXor:
		return gc.Int(int(toInt32(a) ^ toInt32(b)))
	}
	return gc.NaN
}

func jsMod(a, b float64) float64 {
	// The common case first: non-negative integers that fit an int64 (a
	// dividend of -0 must keep its sign, so it takes the slow path).
	if a >= 0 && !math.Signbit(a) && b > 0 && a <= 1<<53 && b <= 1<<53 {
		if ia, ib := int64(a), int64(b); float64(ia) == a && float64(ib) == b {
			return float64(ia % ib)
		}
	}
	if b == 0 || math.IsInf(a, 0) || a != a || b != b {
		return math.NaN()
	}
	if math.IsInf(b, 0) {
		return a
	}
	if a == 0 {
		return a
	}
	if a >= 0 && b > 0 && a < 9007199254740992 && b < 9007199254740992 && a == math.Trunc(a) && b == math.Trunc(b) {
		return float64(int64(a) % int64(b))
	}
	r := math.Mod(a, b)
	return r
}

// jsPow is Number::exponentiate: fdlibm's pow as V8 computes it (so that
// a ** b prints what node prints, to the last bit), with the spec's NaN and
// ±1 ** ±Infinity cases.
func jsPow(a, b float64) float64 { return fdlibm.Pow(a, b) }

func (rt *Runtime) negate(v Value) Value {
	n := rt.ToNumeric(v)
	if n.IsBigInt() {
		return rt.NewBigInt(new(big.Int).Neg(rt.bigint(n)))
	}
	return gc.Float(-n.Float())
}

func (rt *Runtime) bitNot(v Value) Value {
	n := rt.ToNumeric(v)
	if n.IsBigInt() {
		return rt.NewBigInt(new(big.Int).Not(rt.bigint(n)))
	}
	return gc.Int(int(^toInt32(n.Float())))
}

func (rt *Runtime) incDec(v Value, d int64) Value {
	n := rt.ToNumeric(v)
	if n.IsBigInt() {
		return rt.NewBigInt(new(big.Int).Add(rt.bigint(n), big.NewInt(d)))
	}
	return gc.Float(n.Float() + float64(d))
}

// lessThan is IsLessThan (§7.2.13): 1 true, 0 false, -1 undefined (NaN).
func (rt *Runtime) lessThan(x, y Value, leftFirst bool) int {
	var px, py Value
	if leftFirst {
		px = rt.ToPrimitive(x, hintNumber)
		py = rt.ToPrimitive(y, hintNumber)
	} else {
		py = rt.ToPrimitive(y, hintNumber)
		px = rt.ToPrimitive(x, hintNumber)
	}
	if px.IsString() && py.IsString() {
		if rt.strCompare(px, py) < 0 {
			return 1
		}
		return 0
	}
	if px.IsBigInt() && py.IsString() {
		ny, ok := rt.stringToBigInt(py)
		if !ok {
			return -1
		}
		return b2i(rt.bigint(px).Cmp(ny) < 0)
	}
	if px.IsString() && py.IsBigInt() {
		nx, ok := rt.stringToBigInt(px)
		if !ok {
			return -1
		}
		return b2i(nx.Cmp(rt.bigint(py)) < 0)
	}
	nx := rt.ToNumeric(px)
	ny := rt.ToNumeric(py)
	switch {
	case nx.IsBigInt() && ny.IsBigInt():
		return b2i(rt.bigint(nx).Cmp(rt.bigint(ny)) < 0)
	case nx.IsBigInt():
		return bigLessNumber(rt.bigint(nx), ny.Float(), false)
	case ny.IsBigInt():
		return bigLessNumber(rt.bigint(ny), nx.Float(), true)
	}
	a, b := nx.Float(), ny.Float()
	if a != a || b != b {
		return -1
	}
	return b2i(a < b)
}

// bigLessNumber compares b < f (or f < b when flipped).
func bigLessNumber(b *big.Int, f float64, flipped bool) int {
	if f != f {
		return -1
	}
	if math.IsInf(f, 0) {
		return b2i((f > 0) != flipped)
	}
	c := new(big.Float).SetInt(b).Cmp(big.NewFloat(f))
	if flipped {
		return b2i(c > 0)
	}
	return b2i(c < 0)
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// instanceOf is InstanceofOperator (§13.10.2).
func (rt *Runtime) instanceOf(v, target Value) bool {
	if !target.IsObject() {
		rt.throwTypeError("Right-hand side of 'instanceof' is not an object")
	}
	h := rt.getMethod(target, rt.wellKnown.hasInstance)
	if h != Undefined {
		return rt.ToBoolean(rt.Call(h, target, v))
	}
	if !rt.isCallable(target) {
		rt.throwTypeError("Right-hand side of 'instanceof' is not callable")
	}
	return rt.ordinaryHasInstance(target, v)
}

// ordinaryHasInstance is §7.3.21.
func (rt *Runtime) ordinaryHasInstance(c, v Value) bool {
	if !rt.isCallable(c) {
		return false
	}
	if co := rt.obj(c); co.class == ClassBound {
		return rt.instanceOf(v, co.v0)
	}
	if !v.IsObject() {
		return false
	}
	p := rt.Get(c, rt.atPrototype)
	if !p.IsObject() {
		rt.throwTypeError("Function has non-object prototype '%s' in instanceof check", rt.ToGoString(p))
	}
	for {
		v = rt.getPrototypeOf(v)
		if v == Null {
			return false
		}
		if v == p {
			return true
		}
	}
}

// getMethod is GetMethod (§7.3.11).
func (rt *Runtime) getMethod(v Value, key PropKey) Value {
	f := rt.Get(v, key)
	if f.IsNullish() {
		return Undefined
	}
	if !rt.isCallable(f) {
		rt.throwTypeError("%s is not a function", rt.typedValueName(f))
	}
	return f
}

// stringToBigInt is StringToBigInt (§7.1.14).
func (rt *Runtime) stringToBigInt(v Value) (*big.Int, bool) {
	s := strings.TrimFunc(rt.GoString(v), isJSSpace)
	if s == "" {
		return new(big.Int), true
	}
	base := 10
	if len(s) > 2 && s[0] == '0' {
		switch s[1] {
		case 'x', 'X':
			base, s = 16, s[2:]
		case 'o', 'O':
			base, s = 8, s[2:]
		case 'b', 'B':
			base, s = 2, s[2:]
		}
	}
	if base == 10 && (strings.HasPrefix(s, "+") || strings.HasPrefix(s, "-")) {
		if len(s) == 1 || s[1] == '+' || s[1] == '-' {
			return nil, false
		}
	} else if base != 10 && (strings.HasPrefix(s, "+") || strings.HasPrefix(s, "-")) {
		return nil, false
	}
	for _, c := range s {
		if c == '_' {
			return nil, false
		}
	}
	n, ok := new(big.Int).SetString(s, base)
	return n, ok
}

func isJSSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

func (rt *Runtime) parseBigIntLiteral(s string) Value {
	n, ok := new(big.Int).SetString(s, 10)
	if !ok {
		n = new(big.Int)
	}
	return rt.NewBigInt(n)
}

func (rt *Runtime) bigArith(op bytecode.Opcode, a, b *big.Int) Value {
	r := new(big.Int)
	switch op {
	case bytecode.OpAdd:
		r.Add(a, b)
	case bytecode.OpSub:
		r.Sub(a, b)
	case bytecode.OpMul:
		r.Mul(a, b)
	case bytecode.OpDiv:
		if b.Sign() == 0 {
			rt.throwRangeError("Division by zero")
		}
		r.Quo(a, b)
	case bytecode.OpMod:
		if b.Sign() == 0 {
			rt.throwRangeError("Division by zero")
		}
		r.Rem(a, b)
	case bytecode.OpExp:
		if b.Sign() < 0 {
			rt.throwRangeError("undefined must be positive") // V8's message, its argument missing
		}
		if b.BitLen() > 32 && a.CmpAbs(big.NewInt(1)) > 0 {
			rt.throwRangeError("Maximum BigInt size exceeded")
		}
		r.Exp(a, b, nil)
	case bytecode.OpShl, bytecode.OpShr:
		if b.BitLen() > 31 {
			if (op == bytecode.OpShl) == (b.Sign() > 0) && a.Sign() != 0 {
				rt.throwRangeError("Maximum BigInt size exceeded")
			}
			if a.Sign() < 0 {
				return rt.NewBigInt(big.NewInt(-1))
			}
			return rt.NewBigInt(new(big.Int))
		}
		n := b.Int64()
		if op == bytecode.OpShr {
			n = -n
		}
		if n >= 0 {
			if n > 1<<30 {
				rt.throwRangeError("Maximum BigInt size exceeded")
			}
			r.Lsh(a, uint(n))
		} else {
			r.Rsh(a, uint(-n))
		}
	case bytecode.OpUShr:
		rt.throwTypeError("BigInts have no unsigned right shift, use >> instead")
	case bytecode.OpBitAnd:
		r.And(a, b)
	case bytecode.OpBitOr:
		r.Or(a, b)
	case bytecode.OpBitXor:
		r.Xor(a, b)
	}
	return rt.NewBigInt(r)
}
