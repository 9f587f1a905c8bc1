package kiln

import (
	"errors"
	"math"
	"runtime"

	"github.com/kilnjs/kiln/vm"
)

// Value is a JavaScript value held by the host. The zero Value is
// undefined. A Value that refers to something on the JavaScript heap (a
// string, symbol, BigInt or object) keeps it alive for as long as the
// Value, or a copy of it, is reachable in Go.
type Value struct {
	r   *Runtime
	v   vm.Value
	pin *pinRef // set for heap values
}

// pinRef is the Go object whose life is a heap value's pin: when the
// collector finds it unreachable, its cleanup hands the pin back. It holds
// a pointer so that Go does not allocate it in a tiny block shared with
// other small objects, whose cleanups need the whole block unreachable.
type pinRef struct {
	pin vm.Pin
	r   *Runtime
}

// value wraps v for the host, pinning it when it lives on the heap. It
// runs on the runtime's goroutine, inside or outside a host call.
func (r *Runtime) value(v vm.Value) Value {
	if !v.IsHeap() {
		return Value{r: r, v: v}
	}
	ref := &pinRef{pin: r.vm.Pin(v), r: r}
	runtime.AddCleanup(ref, r.release, ref.pin)
	return Value{r: r, v: v, pin: ref}
}

// release takes back the pin of a Value Go found unreachable; it runs on
// the cleanup goroutine, so the pin waits in r.dead for the runtime's
// next entry.
func (r *Runtime) release(p vm.Pin) {
	r.mu.Lock()
	if !r.closed {
		r.dead = append(r.dead, p)
	}
	r.mu.Unlock()
}

// keepAlive holds v's pin until the method that defers it returns. A
// method that runs JavaScript (a getter, a Go function that enters the
// runtime again) reads v.v after its caller may have dropped the Value,
// and Go may find the pin holder unreachable before the method is done:
// its cleanup would hand the pin back, the next entry release it, and a
// collection free what the method still reads.
func (v Value) keepAlive() { runtime.KeepAlive(v.pin) }

// own checks that v belongs to r (the zero Value belongs to every
// runtime).
func (r *Runtime) own(v Value) error {
	if v.r != nil && v.r != r {
		return errors.New("kiln: a Value of another Runtime")
	}
	return nil
}

// Kind is the type of a JavaScript value, as typeof tells them apart
// (null has its own).
type Kind int

// The kinds of Value.
const (
	Undefined Kind = iota
	Null
	Boolean
	Number
	BigInt
	String
	Symbol
	Object
	Function
)

var kindNames = [...]string{"undefined", "null", "boolean", "number", "bigint", "string", "symbol", "object", "function"}

func (k Kind) String() string { return kindNames[k] }

// Kind returns v's kind.
func (v Value) Kind() Kind {
	switch {
	case v.r == nil || v.v.IsUndefined() || v.v.IsEmpty():
		return Undefined
	case v.v.IsNull():
		return Null
	case v.v.IsBool():
		return Boolean
	case v.v.IsNumber():
		return Number
	case v.v.IsBigInt():
		return BigInt
	case v.v.IsString():
		return String
	case v.v.IsSymbol():
		return Symbol
	}
	if v.r.vm.IsCallable(v.v) {
		return Function
	}
	return Object
}

// IsUndefined reports whether v is undefined.
func (v Value) IsUndefined() bool { return v.Kind() == Undefined }

// IsNull reports whether v is null.
func (v Value) IsNull() bool { return v.v.IsNull() }

// IsObject reports whether v is an object, functions included.
func (v Value) IsObject() bool { return v.v.IsObject() }

// IsFunction reports whether v can be called.
func (v Value) IsFunction() bool { return v.v.IsObject() && v.r.vm.IsCallable(v.v) }

// IsPromise reports whether v is a promise.
func (v Value) IsPromise() bool { return v.v.IsObject() && v.r.vm.IsPromise(v.v) }

// Runtime returns the runtime v belongs to (nil for the zero Value).
func (v Value) Runtime() *Runtime { return v.r }

// Bool returns v's truthiness, as JavaScript's Boolean(v).
func (v Value) Bool() bool {
	if v.r == nil {
		return false
	}
	return v.r.vm.ToBoolean(v.v)
}

// Float returns v as a number, as JavaScript's Number(v), NaN for what
// does not convert (or throws when converted).
func (v Value) Float() float64 {
	defer v.keepAlive()
	if v.r == nil {
		return math.NaN()
	}
	if v.v.IsNumber() {
		return v.v.Float()
	}
	f := math.NaN()
	v.r.enter(func() { f = v.r.vm.ToNumber(v.v) })
	return f
}

// Int returns v as an integer: Float truncated toward zero, saturated at
// the int64 limits, NaN as 0.
func (v Value) Int() int64 {
	f := v.Float()
	switch {
	case math.IsNaN(f):
		return 0
	case f >= math.MaxInt64:
		return math.MaxInt64
	case f <= math.MinInt64:
		return math.MinInt64
	}
	return int64(f)
}

// String returns v as a string, as JavaScript's String(v) does, except
// that a symbol gives its description form (Symbol(x)) and an object whose
// conversion throws gives "[object]".
func (v Value) String() string {
	defer v.keepAlive()
	if v.r == nil {
		return "undefined"
	}
	if v.v.IsSymbol() {
		return v.r.vm.ToStringForDisplay(v.v)
	}
	s := "[object]"
	v.r.enter(func() { s = v.r.vm.ToGoString(v.v) })
	return s
}

// Get returns v's property name (an object's own or inherited; a
// primitive's from its prototype).
func (v Value) Get(name string) (Value, error) {
	defer v.keepAlive()
	if v.r == nil || v.v.IsNullish() {
		return Value{}, errors.New("kiln: Get of a property of " + v.Kind().String())
	}
	var res vm.Value
	err := v.r.enter(func() { res = v.r.vm.GetS(v.v, name) })
	if err != nil {
		return Value{}, err
	}
	return v.r.value(res), nil
}

// Set sets v's property name to x, converted as ToValue converts it.
func (v Value) Set(name string, x any) error {
	defer v.keepAlive()
	if v.r == nil || !v.v.IsObject() {
		return errors.New("kiln: Set of a property of " + v.Kind().String())
	}
	return v.r.enter(func() {
		defer v.r.vm.HostScope()()
		v.r.vm.SetS(v.v, name, v.r.toJS(x))
	})
}

// Keys returns the names of v's own enumerable string-keyed properties,
// in JavaScript's order (as Object.keys).
func (v Value) Keys() ([]string, error) {
	defer v.keepAlive()
	if v.r == nil || !v.v.IsObject() {
		return nil, errors.New("kiln: Keys of " + v.Kind().String())
	}
	var keys []string
	err := v.r.enter(func() {
		for _, k := range v.r.vm.EnumerableOwnKeys(v.v) {
			keys = append(keys, v.r.vm.GoString(k))
		}
	})
	return keys, err
}

// Call calls v with this undefined and args converted as ToValue converts
// them, and returns its result; what it throws is an *Exception.
func (v Value) Call(args ...any) (Value, error) { return v.call(vm.Undefined, false, args) }

// CallMethod calls v's method name with v as this.
func (v Value) CallMethod(name string, args ...any) (Value, error) {
	defer v.keepAlive()
	f, err := v.Get(name)
	if err != nil {
		return Value{}, err
	}
	if !f.IsFunction() {
		return Value{}, errors.New("kiln: " + name + " is not a function")
	}
	return f.call(v.v, false, args)
}

// New calls v as a constructor, as new v(...args) does.
func (v Value) New(args ...any) (Value, error) { return v.call(vm.Undefined, true, args) }

func (v Value) call(this vm.Value, construct bool, args []any) (Value, error) {
	defer v.keepAlive()
	if !v.IsFunction() {
		return Value{}, errors.New("kiln: calling a " + v.Kind().String())
	}
	r := v.r
	var res vm.Value
	err := r.enter(func() {
		defer r.vm.HostScope()()
		vals := make([]vm.Value, len(args))
		for i, a := range args {
			vals[i] = r.toJS(a)
			r.vm.Keep(vals[i])
		}
		if construct {
			res = r.vm.Construct(v.v, vals...)
		} else {
			res = r.vm.Call(v.v, this, vals...)
		}
		r.vm.Keep(res)
		r.runJobs()
	})
	if err != nil {
		return Value{}, err
	}
	return r.value(res), nil
}

// Export returns v as a Go value: nil for undefined and null, bool,
// float64, string, *big.Int for a BigInt, []any for an array, []byte (a
// copy) for an ArrayBuffer or a typed array of bytes, time.Time for a
// Date, [][2]any for a Map (its entries in order: keys of any type),
// []any for a Set, map[string]any for another object (its own enumerable
// properties), and v itself for functions and symbols. Nested values
// convert the same way; an object met again within itself is the same map
// or slice.
func (v Value) Export() any {
	defer v.keepAlive()
	if v.r == nil {
		return nil
	}
	var x any
	err := v.r.enter(func() {
		defer v.r.vm.HostScope()()
		x = v.r.export(v.v, map[vm.Value]any{})
	})
	if err != nil {
		return nil
	}
	return x
}

// ExportTo stores v in the Go variable target points to, converting as
// a host function's parameters are: numbers to any numeric type (a
// RangeError-like error when out of range or not an integer for integer
// types), objects to structs by field name (or json tag), arrays and Sets
// to slices, objects and Maps to maps, functions to Go funcs that call
// them.
func (v Value) ExportTo(target any) error {
	defer v.keepAlive()
	if v.r == nil {
		return errors.New("kiln: ExportTo of the zero Value")
	}
	return v.r.exportTo(v.v, target)
}

// ToValue converts a Go value to a JavaScript one, as Set converts its
// argument (see the package documentation).
func (r *Runtime) ToValue(x any) (Value, error) {
	var v vm.Value
	err := r.enter(func() {
		defer r.vm.HostScope()()
		v = r.toJS(x)
	})
	if err != nil {
		return Value{}, err
	}
	return r.value(v), nil
}
