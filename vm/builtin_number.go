package vm

import (
	"math"
	"math/big"

	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/internal/jsnum"
)

// Number (§21.1), Boolean (§20.3) and BigInt (§21.2): the primitive wrapper
// families whose algorithms live in internal/jsnum and math/big. The
// Number.parseInt/parseFloat statics are the global functions themselves,
// installed by initGlobalFuncs, which runs later.

// thisNumberValue is ECMA-262 §21.1.3.7.1, with V8's message naming the
// method.
func (rt *Runtime) thisNumberValue(v Value, method string) float64 {
	if v.IsNumber() {
		return v.Float()
	}
	if v.IsObject() {
		if o := rt.obj(v); o.class == ClassNumber {
			return o.v0.Float()
		}
	}
	rt.throwTypeError("Number.prototype.%s requires that 'this' be a Number", method)
	return 0
}

// bigIntToNumber is 𝔽(ℝ(b)): the nearest double, ties to even.
func bigIntToNumber(b *big.Int) float64 {
	if b.IsInt64() {
		if i := b.Int64(); i > -1<<53 && i < 1<<53 {
			return float64(i)
		}
	}
	f, _ := new(big.Float).SetInt(b).Float64()
	return f
}

func (r *Realm) initNumber() {
	np := r.NumberPrototype
	r.Number = r.Ctor("Number", 1, func(rt *Runtime, _ Value, args []Value) Value {
		// ECMA-262 §21.1.1.1 Number ( value )
		n := gc.Int(0)
		if len(args) > 0 {
			p := rt.ToNumeric(args[0])
			if p.IsBigInt() {
				p = gc.Float(bigIntToNumber(rt.bigint(p)))
			}
			n = p
		}
		nt := rt.NewTarget()
		if nt == Undefined {
			return n
		}
		o, cell := rt.newObjectCell(ClassNumber, rt.prototypeFromCtor(nt, func(r *Realm) Value { return r.NumberPrototype }))
		cell.v0 = n
		return o
	}, np)
	c := r.Number
	r.Const(c, "EPSILON", gc.Float(math.Nextafter(1, 2)-1))
	r.Const(c, "MAX_SAFE_INTEGER", gc.Float(9007199254740991))
	r.Const(c, "MAX_VALUE", gc.Float(math.MaxFloat64))
	r.Const(c, "MIN_SAFE_INTEGER", gc.Float(-9007199254740991))
	r.Const(c, "MIN_VALUE", gc.Float(5e-324))
	r.Const(c, "NaN", gc.NaN)
	r.Const(c, "NEGATIVE_INFINITY", gc.Float(math.Inf(-1)))
	r.Const(c, "POSITIVE_INFINITY", gc.Float(math.Inf(1)))

	r.Method(c, "isFinite", 1, func(rt *Runtime, _ Value, args []Value) Value {
		v := Arg(args, 0)
		return gc.Bool(v.IsNumber() && !math.IsInf(v.Float(), 0) && !math.IsNaN(v.Float()))
	})
	r.Method(c, "isInteger", 1, func(rt *Runtime, _ Value, args []Value) Value {
		v := Arg(args, 0)
		return gc.Bool(v.IsNumber() && isIntegralNumber(v.Float()))
	})
	r.Method(c, "isNaN", 1, func(rt *Runtime, _ Value, args []Value) Value {
		v := Arg(args, 0)
		return gc.Bool(v.IsNumber() && math.IsNaN(v.Float()))
	})
	r.Method(c, "isSafeInteger", 1, func(rt *Runtime, _ Value, args []Value) Value {
		v := Arg(args, 0)
		return gc.Bool(v.IsNumber() && isIntegralNumber(v.Float()) && math.Abs(v.Float()) <= 9007199254740991)
	})

	// ECMA-262 §21.1.3.2 Number.prototype.toExponential
	r.Method(np, "toExponential", 1, func(rt *Runtime, this Value, args []Value) Value {
		x := rt.thisNumberValue(this, "toExponential")
		fd := Arg(args, 0)
		f := rt.ToIntegerOrInfinity(fd)
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return rt.NewString(jsnum.FormatNumber(x))
		}
		if f < 0 || f > 100 {
			rt.throwRangeError("toExponential() argument must be between 0 and 100")
		}
		return rt.NewString(jsnum.ToExponential(x, int(f), fd == Undefined))
	})
	// ECMA-262 §21.1.3.3 Number.prototype.toFixed
	r.Method(np, "toFixed", 1, func(rt *Runtime, this Value, args []Value) Value {
		x := rt.thisNumberValue(this, "toFixed")
		f := rt.ToIntegerOrInfinity(Arg(args, 0))
		if f < 0 || f > 100 {
			rt.throwRangeError("toFixed() digits argument must be between 0 and 100")
		}
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return rt.NewString(jsnum.FormatNumber(x))
		}
		return rt.NewString(jsnum.ToFixed(x, int(f)))
	})
	// ECMA-402 §20.2.1 Number.prototype.toLocaleString: through
	// Intl.NumberFormat.
	r.Method(np, "toLocaleString", 0, func(rt *Runtime, this Value, args []Value) Value {
		return rt.toLocaleNumber(gc.Float(rt.thisNumberValue(this, "toLocaleString")), args)
	})
	// ECMA-262 §21.1.3.5 Number.prototype.toPrecision
	r.Method(np, "toPrecision", 1, func(rt *Runtime, this Value, args []Value) Value {
		x := rt.thisNumberValue(this, "toPrecision")
		pv := Arg(args, 0)
		if pv == Undefined {
			return rt.NewString(jsnum.FormatNumber(x))
		}
		p := rt.ToIntegerOrInfinity(pv)
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return rt.NewString(jsnum.FormatNumber(x))
		}
		if p < 1 || p > 100 {
			rt.throwRangeError("toPrecision() argument must be between 1 and 100")
		}
		return rt.NewString(jsnum.ToPrecision(x, int(p)))
	})
	// ECMA-262 §21.1.3.6 Number.prototype.toString
	r.Method(np, "toString", 1, func(rt *Runtime, this Value, args []Value) Value {
		x := rt.thisNumberValue(this, "toString")
		radix := rt.radixArg(Arg(args, 0))
		if radix == 10 {
			return rt.ToString(gc.Float(x))
		}
		return rt.NewString(jsnum.FormatRadix(x, radix))
	})
	r.Method(np, "valueOf", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return gc.Float(rt.thisNumberValue(this, "valueOf"))
	})
}

// radixArg converts a toString radix argument, throwing V8's RangeError.
func (rt *Runtime) radixArg(v Value) int {
	if v == Undefined {
		return 10
	}
	r := rt.ToIntegerOrInfinity(v)
	if r < 2 || r > 36 {
		rt.throwRangeError("toString() radix argument must be between 2 and 36")
	}
	return int(r)
}

func isIntegralNumber(f float64) bool {
	return !math.IsInf(f, 0) && f == math.Trunc(f)
}

// Boolean (§20.3).
func (r *Realm) initBoolean() {
	bp := r.BooleanPrototype
	r.Boolean = r.Ctor("Boolean", 1, func(rt *Runtime, _ Value, args []Value) Value {
		b := gc.Bool(rt.ToBoolean(Arg(args, 0)))
		nt := rt.NewTarget()
		if nt == Undefined {
			return b
		}
		o, cell := rt.newObjectCell(ClassBoolean, rt.prototypeFromCtor(nt, func(r *Realm) Value { return r.BooleanPrototype }))
		cell.v0 = b
		return o
	}, bp)
	// ECMA-262 §20.3.3.3.1 ThisBooleanValue
	thisBool := func(rt *Runtime, v Value, method string) Value {
		if v == True || v == False {
			return v
		}
		if v.IsObject() {
			if o := rt.obj(v); o.class == ClassBoolean {
				return o.v0
			}
		}
		rt.throwTypeError("Boolean.prototype.%s requires that 'this' be a Boolean", method)
		return Undefined
	}
	r.Method(bp, "toString", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return rt.ToString(thisBool(rt, this, "toString"))
	})
	r.Method(bp, "valueOf", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return thisBool(rt, this, "valueOf")
	})
}

// ToBigInt is ECMA-262 §7.1.13.
func (rt *Runtime) ToBigInt(v Value) *big.Int {
	p := rt.ToPrimitive(v, hintNumber)
	switch p.Tag() {
	case gc.TagBigInt:
		return rt.bigint(p)
	case gc.TagBool:
		if p == True {
			return big.NewInt(1)
		}
		return new(big.Int)
	case gc.TagString:
		n, ok := rt.stringToBigInt(p)
		if !ok {
			rt.throwSyntaxError("Cannot convert %s to a BigInt", rt.GoString(p))
		}
		return n
	case gc.TagSymbol:
		rt.throwTypeError("Cannot convert %s to a BigInt", rt.symbolDescriptiveString(p))
	}
	rt.throwTypeError("Cannot convert %s to a BigInt", rt.ToGoString(p))
	return nil
}

// numberToBigInt is ECMA-262 §21.2.1.1.1 NumberToBigInt.
func (rt *Runtime) numberToBigInt(f float64) *big.Int {
	if !isIntegralNumber(f) {
		rt.throwRangeError("The number %s cannot be converted to a BigInt because it is not an integer", jsnum.FormatNumber(f))
	}
	if f > -1<<63 && f < 1<<63 {
		return big.NewInt(int64(f))
	}
	n, _ := big.NewFloat(f).Int(nil)
	return n
}

// maxBigIntBits is V8's limit on the size of a BigInt (2**30 bits).
const maxBigIntBits = 1 << 30

// BigInt (§21.2).
func (r *Realm) initBigInt() {
	bp := r.BigIntPrototype
	r.BigInt = r.Ctor("BigInt", 1, func(rt *Runtime, _ Value, args []Value) Value {
		// ECMA-262 §21.2.1.1 BigInt ( value )
		if rt.NewTarget() != Undefined {
			rt.throwTypeError("BigInt is not a constructor")
		}
		p := rt.ToPrimitive(Arg(args, 0), hintNumber)
		if p.IsNumber() {
			return rt.NewBigInt(rt.numberToBigInt(p.Float()))
		}
		if p.IsBigInt() {
			return p
		}
		return rt.NewBigInt(rt.ToBigInt(p))
	}, bp)
	// bitsArg is ToIndex with V8's message.
	bitsArg := func(rt *Runtime, v Value) int64 {
		if v == Undefined {
			return 0
		}
		f := rt.ToIntegerOrInfinity(v)
		if f < 0 || f > 9007199254740991 {
			rt.throwRangeError("Invalid value: not (convertible to) a safe integer")
		}
		return int64(f)
	}
	// ECMA-262 §21.2.2.1 BigInt.asIntN
	r.Method(r.BigInt, "asIntN", 2, func(rt *Runtime, _ Value, args []Value) Value {
		bits := bitsArg(rt, Arg(args, 0))
		n := rt.ToBigInt(Arg(args, 1))
		if bits == 0 {
			return rt.NewBigInt(new(big.Int))
		}
		if int64(n.BitLen()) < bits {
			return rt.NewBigInt(n)
		}
		mod := new(big.Int).Lsh(big.NewInt(1), uint(bits))
		m := new(big.Int).Mod(n, mod)
		if m.Bit(int(bits-1)) == 1 {
			m.Sub(m, mod)
		}
		return rt.NewBigInt(m)
	})
	// ECMA-262 §21.2.2.2 BigInt.asUintN
	r.Method(r.BigInt, "asUintN", 2, func(rt *Runtime, _ Value, args []Value) Value {
		bits := bitsArg(rt, Arg(args, 0))
		n := rt.ToBigInt(Arg(args, 1))
		if n.Sign() >= 0 && int64(n.BitLen()) <= bits {
			return rt.NewBigInt(n)
		}
		if bits > maxBigIntBits {
			rt.throwRangeError("Maximum BigInt size exceeded")
		}
		mod := new(big.Int).Lsh(big.NewInt(1), uint(bits))
		return rt.NewBigInt(new(big.Int).Mod(n, mod))
	})
	// ECMA-262 §21.2.3.4.1 ThisBigIntValue
	thisBig := func(rt *Runtime, v Value, method string) Value {
		if v.IsBigInt() {
			return v
		}
		if v.IsObject() {
			if o := rt.obj(v); o.class == ClassBigInt {
				return o.v0
			}
		}
		rt.throwTypeError("BigInt.prototype.%s requires that 'this' be a BigInt", method)
		return Undefined
	}
	// ECMA-402 §20.3.1 BigInt.prototype.toLocaleString
	r.Method(bp, "toLocaleString", 0, func(rt *Runtime, this Value, args []Value) Value {
		return rt.toLocaleNumber(thisBig(rt, this, "toLocaleString"), args)
	})
	r.Method(bp, "toString", 0, func(rt *Runtime, this Value, args []Value) Value {
		n := rt.bigint(thisBig(rt, this, "toString"))
		return rt.NewString(n.Text(rt.radixArg(Arg(args, 0))))
	})
	r.Method(bp, "valueOf", 0, func(rt *Runtime, this Value, _ []Value) Value {
		return thisBig(rt, this, "valueOf")
	})
	rt := r.rt
	rt.defineData(bp, rt.wellKnown.toStringTag, rt.atom("BigInt"), attrConfigurable)
}
