package kiln

// Go functions of the commonest shapes are called without reflection:
// reflect.Value.Call and a reflect.Value per argument were most of the
// cost of JavaScript calling a Go function (~0.9 µs, five allocations, in
// BenchmarkGoFunctionCall). The conversions are the ones fromJS and toJS
// make, so a function behaves the same whichever path calls it.

import (
	"math"

	"github.com/kilnjs/kiln/vm"
)

// Func is a Go function that JavaScript calls with no conversion of its
// arguments: it receives the call's this and arguments as Values (valid
// after the call too, as every Value is), and its result converts as
// ToValue converts; a non-nil error throws, as from any Go function. It
// is the form for functions that need this, take any number of arguments
// of any type, or are called often.
type Func func(this Value, args ...Value) (any, error)

// direct returns the native that calls fn, a Go func of one of the shapes
// below, and its declared length; ok is false for another shape, which
// goFunc calls through reflection.
func (r *Runtime) direct(fn any) (f vm.NativeFunc, length int, ok bool) {
	arg := func(args []vm.Value, i int) vm.Value {
		if i < len(args) {
			return args[i]
		}
		return vm.Undefined
	}
	done := func(err error) vm.Value {
		if err != nil {
			r.throwGo(err)
		}
		return vm.Undefined
	}
	result := func(x any, err error) vm.Value {
		if err != nil {
			r.throwGo(err)
		}
		return r.toJS(x)
	}
	switch fn := fn.(type) {
	case Func:
		return r.thisFunc(fn), 0, true
	case func(Value, ...Value) (any, error):
		return r.thisFunc(fn), 0, true
	case func():
		return func(*vm.Runtime, vm.Value, []vm.Value) vm.Value { fn(); return vm.Undefined }, 0, true
	case func() error:
		return func(*vm.Runtime, vm.Value, []vm.Value) vm.Value { return done(fn()) }, 0, true
	case func() any:
		return func(*vm.Runtime, vm.Value, []vm.Value) vm.Value { return r.toJS(fn()) }, 0, true
	case func() (any, error):
		return func(*vm.Runtime, vm.Value, []vm.Value) vm.Value { return result(fn()) }, 0, true
	case func() string:
		return func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value { return rt.NewString(fn()) }, 0, true
	case func(string):
		return func(rt *vm.Runtime, _ vm.Value, a []vm.Value) vm.Value {
			fn(rt.ToGoString(arg(a, 0)))
			return vm.Undefined
		}, 1, true
	case func(string) error:
		return func(rt *vm.Runtime, _ vm.Value, a []vm.Value) vm.Value {
			return done(fn(rt.ToGoString(arg(a, 0))))
		}, 1, true
	case func(string) string:
		return func(rt *vm.Runtime, _ vm.Value, a []vm.Value) vm.Value {
			return rt.NewString(fn(rt.ToGoString(arg(a, 0))))
		}, 1, true
	case func(string) (string, error):
		return func(rt *vm.Runtime, _ vm.Value, a []vm.Value) vm.Value {
			s, err := fn(rt.ToGoString(arg(a, 0)))
			return result(s, err)
		}, 1, true
	case func(string) any:
		return func(rt *vm.Runtime, _ vm.Value, a []vm.Value) vm.Value {
			return r.toJS(fn(rt.ToGoString(arg(a, 0))))
		}, 1, true
	case func(string) (any, error):
		return func(rt *vm.Runtime, _ vm.Value, a []vm.Value) vm.Value {
			return result(fn(rt.ToGoString(arg(a, 0))))
		}, 1, true
	case func(float64) float64:
		return func(rt *vm.Runtime, _ vm.Value, a []vm.Value) vm.Value {
			return vm.Float(fn(rt.ToNumber(arg(a, 0))))
		}, 1, true
	case func(float64, float64) float64:
		return func(rt *vm.Runtime, _ vm.Value, a []vm.Value) vm.Value {
			x := rt.ToNumber(arg(a, 0))
			return vm.Float(fn(x, rt.ToNumber(arg(a, 1))))
		}, 2, true
	case func(int) int:
		return func(rt *vm.Runtime, _ vm.Value, a []vm.Value) vm.Value {
			return vm.Float(float64(fn(r.goInt(arg(a, 0)))))
		}, 1, true
	case func(int, int) int:
		return func(rt *vm.Runtime, _ vm.Value, a []vm.Value) vm.Value {
			x := r.goInt(arg(a, 0))
			return vm.Float(float64(fn(x, r.goInt(arg(a, 1)))))
		}, 2, true
	case func(any):
		return func(rt *vm.Runtime, _ vm.Value, a []vm.Value) vm.Value {
			fn(r.goAny(arg(a, 0)))
			return vm.Undefined
		}, 1, true
	case func(any) any:
		return func(rt *vm.Runtime, _ vm.Value, a []vm.Value) vm.Value {
			return r.toJS(fn(r.goAny(arg(a, 0))))
		}, 1, true
	case func(any) (any, error):
		return func(rt *vm.Runtime, _ vm.Value, a []vm.Value) vm.Value {
			return result(fn(r.goAny(arg(a, 0))))
		}, 1, true
	case func(...any):
		return func(rt *vm.Runtime, _ vm.Value, a []vm.Value) vm.Value {
			fn(r.goAnys(a)...)
			return vm.Undefined
		}, 0, true
	case func(...any) any:
		return func(rt *vm.Runtime, _ vm.Value, a []vm.Value) vm.Value {
			return r.toJS(fn(r.goAnys(a)...))
		}, 0, true
	case func(...any) (any, error):
		return func(rt *vm.Runtime, _ vm.Value, a []vm.Value) vm.Value {
			return result(fn(r.goAnys(a)...))
		}, 0, true
	case func(Value):
		return func(rt *vm.Runtime, _ vm.Value, a []vm.Value) vm.Value {
			fn(r.value(arg(a, 0)))
			return vm.Undefined
		}, 1, true
	case func(Value) Value:
		return func(rt *vm.Runtime, _ vm.Value, a []vm.Value) vm.Value {
			return r.toJS(fn(r.value(arg(a, 0))))
		}, 1, true
	case func(Value) (Value, error):
		return func(rt *vm.Runtime, _ vm.Value, a []vm.Value) vm.Value {
			v, err := fn(r.value(arg(a, 0)))
			return result(v, err)
		}, 1, true
	case func(...Value) Value:
		return func(rt *vm.Runtime, _ vm.Value, a []vm.Value) vm.Value {
			return r.toJS(fn(r.values(a)...))
		}, 0, true
	case func(...Value) (Value, error):
		return func(rt *vm.Runtime, _ vm.Value, a []vm.Value) vm.Value {
			v, err := fn(r.values(a)...)
			return result(v, err)
		}, 0, true
	}
	return nil, 0, false
}

// thisFunc calls a Func.
func (r *Runtime) thisFunc(fn func(Value, ...Value) (any, error)) vm.NativeFunc {
	return func(rt *vm.Runtime, this vm.Value, a []vm.Value) vm.Value {
		x, err := fn(r.value(this), r.values(a)...)
		if err != nil {
			r.throwGo(err)
		}
		return r.toJS(x)
	}
}

// values wraps a call's arguments for the host.
func (r *Runtime) values(a []vm.Value) []Value {
	vs := make([]Value, len(a))
	for i, v := range a {
		vs[i] = r.value(v)
	}
	return vs
}

// goAnys converts a call's arguments as parameters of type any convert.
func (r *Runtime) goAnys(a []vm.Value) []any {
	xs := make([]any, len(a))
	for i, v := range a {
		xs[i] = r.goAny(v)
	}
	return xs
}

// goAny converts v as a parameter of type any: as Export converts it,
// undefined and null as nil.
func (r *Runtime) goAny(v vm.Value) any {
	switch {
	case v.IsNumber():
		return v.Float()
	case v.IsNullish():
		return nil
	}
	return r.export(v, map[vm.Value]any{})
}

// goInt converts v as a parameter of type int: a RangeError unless it is
// an integer that fits.
func (r *Runtime) goInt(v vm.Value) int {
	f := r.vm.ToNumber(v)
	if f != math.Trunc(f) || f >= math.MaxInt64 || f < math.MinInt64 {
		r.vm.ThrowRangeError("kiln: %v does not fit a Go int", f)
	}
	return int(f)
}
