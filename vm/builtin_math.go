package vm

import (
	"math"
	"math/bits"
	"math/rand/v2"

	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/internal/fdlibm"
)

// The Math object (§21.3). The specification lets most functions be
// approximations; Kiln follows V8's algorithms (internal/fdlibm for the
// transcendental ones, hypot and round here) so results match Node's bit for
// bit.

func (r *Realm) initMath() {
	rt := r.rt
	m := rt.NewObject()
	r.Value(r.GlobalThis, "Math", m)
	consts := []struct {
		name string
		v    float64
	}{
		{"E", math.E}, {"LN10", math.Ln10}, {"LN2", math.Ln2}, {"LOG10E", math.Log10E}, {"LOG2E", math.Log2E},
		{"PI", math.Pi}, {"SQRT1_2", math.Sqrt2 / 2}, {"SQRT2", math.Sqrt2},
	}
	for _, c := range consts {
		r.Const(m, c.name, gc.Float(c.v))
	}
	unary := []struct {
		name string
		fn   func(float64) float64
	}{
		// The transcendental functions are V8's fdlibm algorithms, so
		// results match Node's bit for bit.
		{"abs", math.Abs}, {"acos", fdlibm.Acos}, {"acosh", fdlibm.Acosh}, {"asin", fdlibm.Asin},
		{"asinh", fdlibm.Asinh}, {"atan", fdlibm.Atan}, {"atanh", fdlibm.Atanh}, {"cbrt", fdlibm.Cbrt},
		{"ceil", math.Ceil}, {"cos", fdlibm.Cos}, {"cosh", fdlibm.Cosh}, {"exp", fdlibm.Exp}, {"expm1", fdlibm.Expm1},
		{"floor", math.Floor}, {"fround", func(x float64) float64 { return float64(float32(x)) }},
		{"log", fdlibm.Log}, {"log1p", fdlibm.Log1p}, {"log10", fdlibm.Log10}, {"log2", fdlibm.Log2},
		{"round", mathRound}, {"sign", mathSign}, {"sin", fdlibm.Sin}, {"sinh", fdlibm.Sinh}, {"sqrt", math.Sqrt},
		{"tan", fdlibm.Tan}, {"tanh", fdlibm.Tanh}, {"trunc", math.Trunc},
	}
	for _, u := range unary {
		fn := u.fn
		r.Method(m, u.name, 1, func(rt *Runtime, _ Value, args []Value) Value {
			return gc.Float(fn(rt.ToNumber(Arg(args, 0))))
		})
	}
	r.Method(m, "atan2", 2, func(rt *Runtime, _ Value, args []Value) Value {
		y := rt.ToNumber(Arg(args, 0))
		x := rt.ToNumber(Arg(args, 1))
		return gc.Float(fdlibm.Atan2(y, x))
	})
	r.Method(m, "clz32", 1, func(rt *Runtime, _ Value, args []Value) Value {
		return gc.Int(bits.LeadingZeros32(toUint32(rt.ToNumber(Arg(args, 0)))))
	})
	r.Method(m, "hypot", 2, func(rt *Runtime, _ Value, args []Value) Value {
		// ECMA-262 §21.3.2.18: coerce every argument before looking at any.
		nums := make([]float64, len(args))
		for i, a := range args {
			nums[i] = rt.ToNumber(a)
		}
		return gc.Float(mathHypot(nums))
	})
	r.Method(m, "imul", 2, func(rt *Runtime, _ Value, args []Value) Value {
		a := toUint32(rt.ToNumber(Arg(args, 0)))
		b := toUint32(rt.ToNumber(Arg(args, 1)))
		return gc.Int(int(int32(a * b)))
	})
	minMax := func(name string, isMax bool) {
		r.Method(m, name, 2, func(rt *Runtime, _ Value, args []Value) Value {
			// ECMA-262 §21.3.2.24/25: coerce all, then compare with -0 < +0.
			res := math.Inf(1)
			if isMax {
				res = math.Inf(-1)
			}
			nan := false
			for _, a := range args {
				var x float64
				if a.IsNumber() {
					x = a.Float()
				} else {
					x = rt.ToNumber(a)
				}
				switch {
				case x != x:
					nan = true
				case isMax && (x > res || x == 0 && res == 0 && !math.Signbit(x)):
					res = x
				case !isMax && (x < res || x == 0 && res == 0 && math.Signbit(x)):
					res = x
				}
			}
			if nan {
				return gc.NaN
			}
			return gc.Float(res)
		})
	}
	minMax("max", true)
	minMax("min", false)
	r.Method(m, "pow", 2, func(rt *Runtime, _ Value, args []Value) Value {
		b := rt.ToNumber(Arg(args, 0))
		e := rt.ToNumber(Arg(args, 1))
		return gc.Float(fdlibm.Pow(b, e))
	})
	r.Method(m, "random", 0, func(rt *Runtime, _ Value, _ []Value) Value {
		return gc.Float(rand.Float64())
	})
	rt.defineData(m, rt.wellKnown.toStringTag, rt.atom("Math"), attrConfigurable)
}

// mathRound is ECMA-262 §21.3.2.28 Math.round: ties toward +∞, and -0 for
// inputs in [-0.5, -0].
func mathRound(x float64) float64 {
	if x != x || math.IsInf(x, 0) || x == math.Trunc(x) {
		return x
	}
	r := math.Floor(x)
	if x-r >= 0.5 {
		r++
	}
	if r == 0 && x < 0 {
		return math.Copysign(0, -1)
	}
	return r
}

func mathSign(x float64) float64 {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return x
}

// mathHypot follows V8: scale by the largest magnitude and sum the squares
// with Kahan compensation, so results match Node's bit for bit.
func mathHypot(nums []float64) float64 {
	max := 0.0
	nan := false
	for _, x := range nums {
		a := math.Abs(x)
		if math.IsInf(a, 0) {
			return math.Inf(1)
		}
		if a != a {
			nan = true
		} else if a > max {
			max = a
		}
	}
	if nan {
		return math.NaN()
	}
	if max == 0 {
		return 0
	}
	sum, comp := 0.0, 0.0
	for _, x := range nums {
		n := math.Abs(x) / max
		summand := n*n - comp
		pre := sum + summand
		comp = (pre - sum) - summand
		sum = pre
	}
	return math.Sqrt(sum) * max
}
