package kiln

// Conversions between Go and JavaScript values: toJS (ToValue, Set, a host
// function's results and a Go caller's arguments), export (Export) and
// fromJS (ExportTo, a host function's parameters). They run inside a host
// call (enter); what does not convert throws a TypeError or RangeError
// into the JavaScript that asked, or comes back as the call's error.

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kilnjs/kiln/gc"
	"github.com/kilnjs/kiln/stdlib"
	"github.com/kilnjs/kiln/vm"
)

// maxDepth bounds how deep toJS follows nested Go values: a cycle of
// pointers would recurse forever.
const maxDepth = 1000

var (
	valueType = reflect.TypeFor[Value]()
	errorType = reflect.TypeFor[error]()
	timeType  = reflect.TypeFor[time.Time]()
	bigType   = reflect.TypeFor[*big.Int]()
)

// toJS converts x to a JavaScript value. The caller is inside a host scope
// (HostScope), which roots what it makes.
func (r *Runtime) toJS(x any) vm.Value { return r.toJSDepth(x, 0) }

func (r *Runtime) toJSDepth(x any, depth int) vm.Value {
	rt := r.vm
	switch x := x.(type) {
	case nil:
		return vm.Null
	case Value:
		if x.r != nil && x.r != r {
			rt.ThrowTypeError("kiln: a Value of another Runtime")
		}
		if x.r == nil {
			return vm.Undefined
		}
		return x.v
	case bool:
		return gc.Bool(x)
	case string:
		return rt.NewString(x)
	case float64:
		return gc.Float(x)
	case int:
		return gc.Float(float64(x))
	case []byte:
		if x == nil {
			return vm.Null
		}
		return rt.NewUint8Array(append([]byte(nil), x...))
	case time.Time:
		return rt.NewDate(float64(x.UnixMilli()))
	case *big.Int:
		if x == nil {
			return vm.Null
		}
		return rt.NewBigInt(new(big.Int).Set(x))
	case *Exception:
		if x.value.r == r {
			return x.value.v // the value thrown, as it was
		}
		return rt.NewError(vm.ErrPlain, x.Error())
	case error:
		return rt.NewError(vm.ErrPlain, x.Error())
	}
	if depth > maxDepth {
		rt.ThrowRangeError("kiln: Go value nested too deeply (a cycle?)")
	}
	return r.reflectToJS(reflect.ValueOf(x), depth+1)
}

func (r *Runtime) reflectToJS(v reflect.Value, depth int) vm.Value {
	rt := r.vm
	switch v.Kind() {
	case reflect.Bool:
		return gc.Bool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return gc.Float(float64(v.Int()))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return gc.Float(float64(v.Uint()))
	case reflect.Float32, reflect.Float64:
		return gc.Float(v.Float())
	case reflect.String:
		return rt.NewString(v.String())
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return vm.Null
		}
		return r.toJSDepth(v.Elem().Interface(), depth)
	case reflect.Slice:
		if v.IsNil() {
			return vm.Null
		}
		fallthrough
	case reflect.Array:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			b := make([]byte, v.Len())
			reflect.Copy(reflect.ValueOf(b), v)
			return rt.NewUint8Array(b)
		}
		vals := make([]vm.Value, v.Len())
		for i := range vals {
			vals[i] = r.toJSDepth(v.Index(i).Interface(), depth)
		}
		return rt.NewArray(vals)
	case reflect.Map:
		if v.IsNil() {
			return vm.Null
		}
		obj := rt.NewObject()
		// Go's map order is random; JavaScript's is insertion order, so
		// the keys go in sorted, as encoding/json writes them.
		type entry struct {
			name string
			key  reflect.Value
		}
		entries := make([]entry, 0, v.Len())
		for _, k := range v.MapKeys() {
			entries = append(entries, entry{mapKey(k), k})
		}
		slices.SortFunc(entries, func(a, b entry) int { return strings.Compare(a.name, b.name) })
		for _, e := range entries {
			rt.CreateDataProperty(obj, e.name, r.toJSDepth(v.MapIndex(e.key).Interface(), depth))
		}
		return obj
	case reflect.Struct:
		obj := rt.NewObject()
		for _, f := range structFields(v.Type()) {
			fv := v.FieldByIndex(f.index)
			if f.omitEmpty && fv.IsZero() {
				continue
			}
			rt.CreateDataProperty(obj, f.name, r.toJSDepth(fv.Interface(), depth))
		}
		return obj
	case reflect.Func:
		if v.IsNil() {
			return vm.Null
		}
		return r.goFunc(v)
	}
	rt.ThrowTypeError("kiln: a Go %s does not convert to JavaScript", v.Type())
	return vm.Undefined
}

func mapKey(k reflect.Value) string {
	switch k.Kind() {
	case reflect.String:
		return k.String()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(k.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return strconv.FormatUint(k.Uint(), 10)
	}
	return fmt.Sprint(k.Interface())
}

// field is a struct field as JavaScript sees it: named as encoding/json
// names it (its json tag's name, else the Go name), "-" left out, embedded
// structs' fields promoted.
type field struct {
	name      string
	index     []int
	omitEmpty bool
}

func structFields(t reflect.Type) []field {
	var fields []field
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			for _, sf := range structFields(f.Type) {
				sf.index = append([]int{i}, sf.index...)
				fields = append(fields, sf)
			}
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		fields = append(fields, field{name: name, index: []int{i}, omitEmpty: strings.Contains(opts, "omitempty")})
	}
	return fields
}

// goFunc makes a Go function callable from JavaScript: its arguments
// convert to the parameters' types (fromJS), a last error result throws,
// and the other results convert back (none: undefined; several: an array).
func (r *Runtime) goFunc(fv reflect.Value) vm.Value {
	if f, length, ok := r.direct(fv.Interface()); ok {
		return r.vm.NewNativeFunction("", length, f)
	}
	ft := fv.Type()
	nin := ft.NumIn()
	if ft.IsVariadic() {
		nin--
	}
	return r.vm.NewNativeFunction("", nin, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		in := make([]reflect.Value, 0, len(args))
		for i := range nin {
			a := vm.Undefined
			if i < len(args) {
				a = args[i]
			}
			in = append(in, r.fromJS(a, ft.In(i)))
		}
		if ft.IsVariadic() && len(args) > nin {
			et := ft.In(nin).Elem()
			for _, a := range args[nin:] {
				in = append(in, r.fromJS(a, et))
			}
		}
		out := fv.Call(in)
		if n := len(out); n > 0 && ft.Out(n-1) == errorType {
			if err, _ := out[n-1].Interface().(error); err != nil {
				r.throwGo(err)
			}
			out = out[:n-1]
		}
		switch len(out) {
		case 0:
			return vm.Undefined
		case 1:
			return r.toJS(out[0].Interface())
		}
		vals := make([]vm.Value, len(out))
		for i, o := range out {
			vals[i] = r.toJS(o.Interface())
			rt.Keep(vals[i])
		}
		return rt.NewArray(vals)
	})
}

// throwGo throws a host function's error into the JavaScript that called
// it: an exception from JavaScript under it as the value thrown, an
// interrupt, the heap limit or the end of a Node process as they were,
// another error as an Error with its message.
func (r *Runtime) throwGo(err error) {
	var exc *Exception
	var exit *ExitError
	switch {
	case errors.As(err, &exc):
		r.vm.Throw(exc.value.v)
	case errors.Is(err, ErrInterrupted):
		panic(&vm.Terminated{})
	case errors.Is(err, ErrHeapLimit):
		panic(&vm.HeapLimitError{})
	case errors.As(err, &exit):
		panic(stdlib.ExitPanic(exit.Code))
	}
	r.vm.Throw(r.vm.NewError(vm.ErrPlain, err.Error()))
}

// fromJS converts v to a Go value of type t, or throws a TypeError (or a
// RangeError for a number out of t's range).
func (r *Runtime) fromJS(v vm.Value, t reflect.Type) reflect.Value {
	rt := r.vm
	switch t {
	case valueType:
		return reflect.ValueOf(r.value(v))
	case timeType:
		ms, ok := rt.DateValue(v)
		if !ok {
			rt.ThrowTypeError("kiln: %s is not a Date", r.describe(v))
		}
		if math.IsNaN(ms) {
			return reflect.ValueOf(time.Time{})
		}
		return reflect.ValueOf(time.UnixMilli(int64(ms)))
	case bigType:
		if v.IsNullish() {
			return reflect.Zero(t)
		}
		return reflect.ValueOf(rt.ToBigInt(v))
	}
	switch t.Kind() {
	case reflect.Interface:
		if t.NumMethod() == 0 {
			x := r.export(v, map[vm.Value]any{})
			if x == nil {
				return reflect.Zero(t)
			}
			return reflect.ValueOf(x)
		}
		if t == errorType {
			if v.IsNullish() {
				return reflect.Zero(t)
			}
			return reflect.ValueOf(error(r.exception(&vm.Exception{Value: v})))
		}
	case reflect.Bool:
		return reflect.ValueOf(rt.ToBoolean(v)).Convert(t)
	case reflect.String:
		return reflect.ValueOf(rt.ToGoString(v)).Convert(t)
	case reflect.Float32, reflect.Float64:
		return reflect.ValueOf(rt.ToNumber(v)).Convert(t)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		f := rt.ToNumber(v)
		if f != math.Trunc(f) || f >= math.MaxInt64 || f < math.MinInt64 || reflect.Zero(t).OverflowInt(int64(f)) {
			rt.ThrowRangeError("kiln: %v does not fit a Go %s", f, t)
		}
		return reflect.ValueOf(int64(f)).Convert(t)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		f := rt.ToNumber(v)
		if f != math.Trunc(f) || f < 0 || f >= math.MaxUint64 || reflect.Zero(t).OverflowUint(uint64(f)) {
			rt.ThrowRangeError("kiln: %v does not fit a Go %s", f, t)
		}
		return reflect.ValueOf(uint64(f)).Convert(t)
	case reflect.Pointer:
		if v.IsNullish() {
			return reflect.Zero(t)
		}
		p := reflect.New(t.Elem())
		p.Elem().Set(r.fromJS(v, t.Elem()))
		return p
	case reflect.Slice, reflect.Array:
		return r.sliceFromJS(v, t)
	case reflect.Map:
		if v.IsNullish() {
			return reflect.Zero(t)
		}
		if info := rt.Describe(v); info.Kind == vm.KindMap {
			r.keepAll(info.Entries)
			m := reflect.MakeMapWithSize(t, len(info.Entries)/2)
			for i := 0; i < len(info.Entries); i += 2 {
				m.SetMapIndex(r.fromJS(info.Entries[i], t.Key()), r.fromJS(info.Entries[i+1], t.Elem()))
			}
			return m
		}
		if t.Key().Kind() != reflect.String || !v.IsObject() {
			break
		}
		m := reflect.MakeMap(t)
		for _, k := range rt.EnumerableOwnKeys(v) {
			name := rt.GoString(k)
			m.SetMapIndex(reflect.ValueOf(name).Convert(t.Key()), r.fromJS(rt.GetS(v, name), t.Elem()))
		}
		return m
	case reflect.Struct:
		if !v.IsObject() {
			break
		}
		s := reflect.New(t).Elem()
		for _, f := range structFields(t) {
			if p := rt.GetS(v, f.name); !p.IsUndefined() {
				s.FieldByIndex(f.index).Set(r.fromJS(p, s.FieldByIndex(f.index).Type()))
			}
		}
		return s
	case reflect.Func:
		if v.IsNullish() {
			return reflect.Zero(t)
		}
		if rt.IsCallable(v) {
			return r.jsFunc(r.value(v), t)
		}
	}
	rt.ThrowTypeError("kiln: %s does not convert to a Go %s", r.describe(v), t)
	return reflect.Value{}
}

func (r *Runtime) sliceFromJS(v vm.Value, t reflect.Type) reflect.Value {
	rt := r.vm
	if t.Kind() == reflect.Slice && v.IsNullish() {
		return reflect.Zero(t)
	}
	if t.Elem().Kind() == reflect.Uint8 {
		if b, ok := rt.ByteView(v); ok {
			if t.Kind() == reflect.Slice {
				return reflect.ValueOf(append([]byte(nil), b...)).Convert(t)
			}
			a := reflect.New(t).Elem()
			reflect.Copy(a, reflect.ValueOf(b))
			return a
		}
	}
	if !v.IsObject() {
		rt.ThrowTypeError("kiln: %s does not convert to a Go %s", r.describe(v), t)
	}
	// A Set gives its values in order; anything else its indexed elements
	// up to its length.
	var n int
	var elem func(i int) vm.Value
	if info := rt.Describe(v); info.Kind == vm.KindSet {
		r.keepAll(info.Entries)
		n, elem = len(info.Entries), func(i int) vm.Value { return info.Entries[i] }
	} else {
		n = int(rt.ToLength(rt.GetS(v, "length")))
		elem = func(i int) vm.Value { return rt.GetS(v, strconv.Itoa(i)) }
	}
	var s reflect.Value
	if t.Kind() == reflect.Slice {
		s = reflect.MakeSlice(t, n, n)
	} else {
		s = reflect.New(t).Elem()
		n = min(n, t.Len())
	}
	for i := range n {
		s.Index(i).Set(r.fromJS(elem(i), t.Elem()))
	}
	return s
}

// jsFunc makes a JavaScript function a Go func of type t: its arguments
// convert as ToValue converts, its result as ExportTo converts to t's
// first result; with an error last result, what it throws is that error,
// else a throw panics with the *Exception. The func is called on the
// runtime's goroutine, as any use of a runtime is.
func (r *Runtime) jsFunc(fn Value, t reflect.Type) reflect.Value {
	return reflect.MakeFunc(t, func(in []reflect.Value) []reflect.Value {
		args := make([]any, 0, len(in))
		for i, a := range in {
			if t.IsVariadic() && i == len(in)-1 {
				for j := range a.Len() {
					args = append(args, a.Index(j).Interface())
				}
				break
			}
			args = append(args, a.Interface())
		}
		res, err := fn.Call(args...)
		out := make([]reflect.Value, t.NumOut())
		last := t.NumOut() - 1
		hasErr := last >= 0 && t.Out(last) == errorType
		if err != nil && !hasErr {
			panic(err)
		}
		for i := range out {
			out[i] = reflect.Zero(t.Out(i))
		}
		if hasErr {
			if err != nil {
				out[last] = reflect.ValueOf(&err).Elem()
				return out
			}
			last--
		}
		if last >= 0 {
			p := reflect.New(t.Out(0))
			if err := res.ExportTo(p.Interface()); err != nil {
				if !hasErr {
					panic(err)
				}
				out[t.NumOut()-1] = reflect.ValueOf(&err).Elem()
				return out
			}
			out[0] = p.Elem()
		}
		return out
	})
}

// keepAll roots vs for the rest of the host call: entries read out of a
// Map or Set, which a getter run while they convert could delete.
func (r *Runtime) keepAll(vs []vm.Value) {
	for _, v := range vs {
		r.keep(v)
	}
}

// describe names v in a conversion error, without running JavaScript.
func (r *Runtime) describe(v vm.Value) string {
	switch {
	case v.IsUndefined():
		return "undefined"
	case v.IsNull():
		return "null"
	case v.IsString():
		return "a string"
	case v.IsNumber():
		return "a number"
	case v.IsBool():
		return "a boolean"
	case v.IsBigInt():
		return "a BigInt"
	case v.IsSymbol():
		return "a symbol"
	case r.vm.IsCallable(v):
		return "a function"
	case r.vm.IsArray(v):
		return "an array"
	}
	return "an object"
}

// export converts v to a Go value (see Value.Export); seen holds the
// objects already on the way, so that a cycle gives the same map or slice.
func (r *Runtime) export(v vm.Value, seen map[vm.Value]any) any {
	rt := r.vm
	switch {
	case v.IsNullish() || v.IsEmpty():
		return nil
	case v.IsBool():
		return v == gc.True
	case v.IsNumber():
		return v.Float()
	case v.IsString():
		return rt.GoString(v)
	case v.IsBigInt():
		return rt.ToBigInt(v)
	case v.IsSymbol():
		return r.value(v)
	}
	if x, ok := seen[v]; ok {
		return x
	}
	if ms, ok := rt.DateValue(v); ok {
		if math.IsNaN(ms) {
			return time.Time{}
		}
		return time.UnixMilli(int64(ms))
	}
	if b, ok := rt.ByteView(v); ok {
		return append([]byte(nil), b...)
	}
	if rt.IsCallable(v) || rt.IsPromise(v) {
		return r.value(v)
	}
	if rt.IsError(v) {
		return r.exception(&vm.Exception{Value: v})
	}
	switch info := rt.Describe(v); info.Kind {
	case vm.KindMap:
		// Keys of any type, in order: pairs, not a Go map (an object key
		// exports as a map, which no Go map can have as a key).
		pairs := make([][2]any, len(info.Entries)/2)
		seen[v] = pairs
		r.keepAll(info.Entries)
		for i := range pairs {
			pairs[i] = [2]any{r.export(info.Entries[2*i], seen), r.export(info.Entries[2*i+1], seen)}
		}
		return pairs
	case vm.KindSet:
		s := make([]any, len(info.Entries))
		seen[v] = s
		r.keepAll(info.Entries)
		for i, e := range info.Entries {
			s[i] = r.export(e, seen)
		}
		return s
	}
	if rt.IsArray(v) {
		n := int(rt.ToLength(rt.GetS(v, "length")))
		s := make([]any, n)
		seen[v] = s
		for i := range s {
			s[i] = r.export(rt.GetS(v, strconv.Itoa(i)), seen)
		}
		return s
	}
	m := map[string]any{}
	seen[v] = m
	for _, k := range rt.EnumerableOwnKeys(v) {
		name := rt.GoString(k)
		m[name] = r.export(rt.GetS(v, name), seen)
	}
	return m
}

// exportTo stores v in *target (see Value.ExportTo).
func (r *Runtime) exportTo(v vm.Value, target any) error {
	p := reflect.ValueOf(target)
	if p.Kind() != reflect.Pointer || p.IsNil() {
		return errors.New("kiln: ExportTo needs a non-nil pointer")
	}
	return r.enter(func() {
		defer r.vm.HostScope()()
		p.Elem().Set(r.fromJS(v, p.Elem().Type()))
	})
}
