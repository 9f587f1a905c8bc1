package vm

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/gc"
)

// Exception is a thrown JavaScript value travelling up the Go stack as a
// panic. The interpreter recovers it at the nearest frame with a handler;
// the embedding API (Try, RunProgram) turns an uncaught one into an error.
type Exception struct {
	Value Value
	// Where the throw happened, for Node's uncaught-error banner.
	File       string
	Line, Col  int
	SourceLine string
}

func (e *Exception) Error() string { return "uncaught JavaScript exception" }

// Throw throws v.
func (rt *Runtime) Throw(v Value) {
	e := &Exception{Value: v}
	if n := len(rt.frames); n > 0 {
		fr := &rt.frames[n-1]
		loc := fr.code.Location(fr.pc - 1)
		if fr.code.Flags&bytecode.FlagBundlerCode != 0 {
			// A bundler's module helper rethrowing what a module threw:
			// report it where the error was made, as an unbundled run would.
			loc = bytecode.Location{}
			if file, line, col, ok := rt.ErrorPosition(v); ok && fr.code.Program != nil {
				loc = bytecode.Location{File: file, Line: int32(line), Col: int32(col), Source: fr.code.Program.FileSource(file)}
			}
		}
		e.Line, e.Col = int(loc.Line), int(loc.Col)
		if loc.File != "" {
			e.File = loc.File
			e.SourceLine = sourceLine(loc.Source, int(loc.Line))
		}
	}
	panic(e)
}

func sourceLine(src string, line int) string {
	for i := 1; i < line; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return strings.TrimSuffix(src, "\r")
}

// Error kinds for throwKind and the ThrowError opcode.
const (
	ErrType = iota
	ErrReference
	ErrSyntax
	ErrRange
	ErrPlain
	ErrEval
	ErrURI
)

func (rt *Runtime) throwKind(kind int, msg string) {
	rt.Throw(rt.NewError(kind, msg))
}

func (rt *Runtime) throwTypeError(format string, args ...any) {
	rt.Throw(rt.NewError(ErrType, fmt.Sprintf(format, args...)))
}

func (rt *Runtime) throwRangeError(format string, args ...any) {
	rt.Throw(rt.NewError(ErrRange, fmt.Sprintf(format, args...)))
}

func (rt *Runtime) throwReferenceError(format string, args ...any) {
	rt.Throw(rt.NewError(ErrReference, fmt.Sprintf(format, args...)))
}

func (rt *Runtime) throwSyntaxError(format string, args ...any) {
	rt.Throw(rt.NewError(ErrSyntax, fmt.Sprintf(format, args...)))
}

// ThrowTypeError throws a TypeError from embedding code.
func (rt *Runtime) ThrowTypeError(format string, args ...any) { rt.throwTypeError(format, args...) }

// ThrowRangeError throws a RangeError from embedding code.
func (rt *Runtime) ThrowRangeError(format string, args ...any) { rt.throwRangeError(format, args...) }

// NewError makes an error object of a kind with a message.
func (rt *Runtime) NewError(kind int, msg string) Value {
	r := rt.realm
	proto := [...]Value{r.TypeErrorPrototype, r.ReferenceErrorPrototype, r.SyntaxErrorPrototype,
		r.RangeErrorPrototype, r.ErrorPrototype, r.EvalErrorPrototype, r.URIErrorPrototype}[kind]
	e, _ := rt.newObjectCell(ClassError, proto)
	rt.captureStack(e, Undefined)
	rt.defineData(e, rt.atom("message"), rt.NewString(msg), attrWritable|attrConfigurable)
	return e
}

// StackFrame is one entry of a captured stack trace.
type StackFrame struct {
	Func      string
	File      string
	Line, Col int
	Construct bool
	Method    string // "Object.<anonymous>" style receivers
}

type errorData struct {
	frames []StackFrame
}

// CaptureStack returns the current JavaScript call stack, innermost first.
func (rt *Runtime) CaptureStack(limit int) []StackFrame {
	var out []StackFrame
	for i := len(rt.frames) - 1; i >= 0 && len(out) < limit; i-- {
		fr := &rt.frames[i]
		if fr.code.Flags&bytecode.FlagBundlerCode != 0 {
			continue
		}
		loc := fr.code.Location(fr.pc - 1)
		sf := StackFrame{Func: fr.code.Name, File: loc.File, Line: int(loc.Line), Col: int(loc.Col) + 1, Construct: fr.construct}
		if sf.Func == "" && fr.fnObj.IsObject() {
			sf.Func = rt.funcName(fr.fnObj)
		}
		if fr.code.Kind == bytecode.KindScript {
			sf.Func = ""
		}
		if fr.code.Flags&bytecode.FlagModuleWrapper != 0 {
			sf.Method = "Object.<anonymous>"
		}
		out = append(out, sf)
	}
	return out
}

// frameIndexOf counts the frames CaptureStack shows above fn's topmost
// call, or returns -1 when fn is not on the stack (or is a bundler's
// helper, whose frame CaptureStack leaves out).
func (rt *Runtime) frameIndexOf(fn Value) int {
	if !fn.IsObject() {
		return -1
	}
	shown := 0
	for i := len(rt.frames) - 1; i >= 0; i-- {
		fr := &rt.frames[i]
		hidden := fr.code.Flags&bytecode.FlagBundlerCode != 0
		if fr.fnObj == fn {
			if hidden {
				return -1
			}
			return shown
		}
		if !hidden {
			shown++
		}
	}
	return -1
}

// captureStack records the current stack as errV's own "stack" property,
// leaving out the frames above the topmost call of skipUntil when that is a
// function (Error.captureStackTrace's second argument).
//
// V8 formats the stack string on first access, so a custom error class that
// sets this.name after super() shows that name. Kiln does the same: until
// then "stack" is an own accessor whose getter and setter are the shared
// lazyStackGet/lazyStackSet natives (accessor slots are never inline-cached,
// and no object made by user code can have that pair), and
// [[GetOwnProperty]] turns it into the writable data property V8 reports
// before user code can see the accessor. Objects whose host slot is taken
// (functions, maps, ...) get the formatted string at once.
func (rt *Runtime) captureStack(errV Value, skipUntil Value) {
	frames := rt.CaptureStack(10)
	if skipUntil.IsObject() && rt.isCallable(skipUntil) {
		// V8 drops every frame when skipUntil is not on the stack.
		frames = nil
		if i := rt.frameIndexOf(skipUntil); i >= 0 {
			frames = rt.CaptureStack(10 + i + 1)[i+1:]
		}
	}
	o := rt.obj(errV)
	key := rt.atom("stack")
	if h := rt.hostOf(o); h == nil || isErrorData(h) {
		rt.setHost(o, &errorData{frames: frames})
		pair := rt.lazyStackPair()
		rt.defineOwnProperty(errV, key, PropDesc{Get: pair[0], Set: pair[1], Attrs: attrConfigurable,
			Has: hasGet | hasSet | hasEnumerable | hasConfigurable}, false)
		return
	}
	rt.defineData(errV, key, rt.NewString(rt.formatStack(errV, frames)), attrWritable|attrConfigurable)
}

func isErrorData(h any) bool {
	_, ok := h.(*errorData)
	return ok
}

// formatStack is Node's stack string: the error's header, then one
// "    at ..." line per frame.
func (rt *Runtime) formatStack(errV Value, frames []StackFrame) string {
	var b strings.Builder
	b.WriteString(rt.errorHeader(errV))
	for _, f := range frames {
		b.WriteString("\n    at ")
		b.WriteString(f.String())
	}
	return b.String()
}

var lazyStackGet, lazyStackSet *nativeFunc

func init() {
	lazyStackGet = &nativeFunc{name: "stack", fn: func(rt *Runtime, this Value, _ []Value) Value {
		if h := rt.lazyStackHolder(this); h != Undefined {
			return rt.materializeStack(h)
		}
		return Undefined
	}}
	lazyStackSet = &nativeFunc{name: "stack", fn: func(rt *Runtime, this Value, args []Value) Value {
		if !this.IsObject() {
			return Undefined
		}
		if h := rt.lazyStackHolder(this); h == this {
			rt.replaceLazyStack(h, Arg(args, 0))
			return Undefined
		}
		rt.createDataProperty(this, rt.atom("stack"), Arg(args, 0))
		return Undefined
	}}
}

// lazyStackPair returns this runtime's getter and setter functions for
// unformatted stacks, made on first use.
func (rt *Runtime) lazyStackPair() [2]Value {
	const key = "%LazyStack%"
	pair := rt.realm.Extra[key]
	if !pair.IsObject() {
		g := rt.NewNativeFunction("stack", 0, nil)
		rt.setHost(rt.obj(g), lazyStackGet)
		s := rt.NewNativeFunction("stack", 1, nil)
		rt.setHost(rt.obj(s), lazyStackSet)
		pair = rt.newAccessorPair(g, s)
		rt.realm.Extra[key] = pair
	}
	p := rt.obj(pair)
	return [2]Value{p.v0, p.v1}
}

// isLazyStack reports whether an own property descriptor is the
// unformatted-stack accessor.
func (rt *Runtime) isLazyStack(d *PropDesc) bool {
	if d.Attrs&attrAccessor == 0 || !d.Get.IsObject() {
		return false
	}
	nf, _ := rt.hostOf(rt.obj(d.Get)).(*nativeFunc)
	return nf == lazyStackGet
}

// lazyStackHolder finds the object on v's prototype chain that owns an
// unformatted stack, or Undefined.
func (rt *Runtime) lazyStackHolder(v Value) Value {
	key := rt.atom("stack")
	for depth := 0; v.IsObject() && depth < 10000; depth++ {
		o := rt.obj(v)
		if o.class == ClassProxy {
			return Undefined
		}
		if d, ok := rt.ordinaryGetOwn(o, key); ok {
			if rt.isLazyStack(&d) {
				return v
			}
			return Undefined
		}
		v = o.proto
	}
	return Undefined
}

// materializeStack formats the unformatted stack owned by ov and stores it
// as a data property, returning it.
func (rt *Runtime) materializeStack(ov Value) Value {
	var frames []StackFrame
	if ed, ok := rt.hostOf(rt.obj(ov)).(*errorData); ok {
		frames = ed.frames
	}
	s := rt.NewString(rt.formatStack(ov, frames))
	rt.replaceLazyStack(ov, s)
	return s
}

// replaceLazyStack turns the unformatted-stack accessor of ov (if the
// header's getters left it in place) into a writable data property holding
// v, keeping its enumerable and configurable attributes. The shape moves to
// its shared sibling rather than becoming a dictionary.
func (rt *Runtime) replaceLazyStack(ov Value, v Value) {
	o := rt.obj(ov)
	key := rt.atom("stack")
	slot := rt.shp(o).lookup(key)
	if slot < 0 {
		return
	}
	if d, _ := rt.ordinaryGetOwn(o, key); !rt.isLazyStack(&d) {
		return
	}
	attrs := rt.shp(o).attrs[slot]&(attrEnumerable|attrConfigurable) | attrWritable
	rt.setSlotAttrs(o, slot, attrs)
	rt.vals(o.slots)[slot] = v
}

// setSlotAttrs changes the attributes of an own named property. A shared
// shape is rebuilt along the transition tree so the object keeps a cacheable
// shape; a dictionary shape is edited in place.
func (rt *Runtime) setSlotAttrs(o *Object, slot int, attrs uint8) {
	s := rt.shp(o)
	base := s
	for base != nil && len(base.keys) > slot {
		base = base.parent
	}
	if s.dict || base == nil || len(base.keys) != slot {
		d := rt.toDict(s)
		d.attrs[slot] = attrs
		o.shape = d.id
		return
	}
	n := rt.withKey(base, s.keys[slot], attrs)
	for i := slot + 1; i < len(s.keys); i++ {
		n = rt.withKey(n, s.keys[i], s.attrs[i])
	}
	o.shape = n.id
}

func (f StackFrame) String() string {
	loc := f.File + ":" + strconv.Itoa(f.Line) + ":" + strconv.Itoa(f.Col)
	name := f.Func
	if f.Method != "" {
		name = f.Method
	}
	if f.Construct && name != "" {
		name = "new " + name
	}
	if name == "" {
		return loc
	}
	return name + " (" + loc + ")"
}

// errorHeader is what Error.prototype.toString would give, computed without
// running user code that could throw (getters are still honoured).
func (rt *Runtime) errorHeader(e Value) string {
	name := "Error"
	if n := rt.Get(e, rt.atom("name")); n != Undefined {
		name = rt.ToGoString(n)
	}
	msg := ""
	if m := rt.Get(e, rt.atom("message")); m != Undefined {
		msg = rt.ToGoString(m)
	}
	switch {
	case name == "":
		return msg
	case msg == "":
		return name
	}
	return name + ": " + msg
}

// Try runs f, returning a thrown JavaScript exception as an error.
func (rt *Runtime) Try(f func()) (err *Exception) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*Exception); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	f()
	return nil
}

// primitiveText renders a primitive the way V8 prints it after "in" in
// "Cannot use 'in' operator to search for 'k' in abc": its string value,
// unquoted (a symbol by its descriptive string).
func (rt *Runtime) primitiveText(v Value) string {
	if v.IsSymbol() {
		return rt.symbolDescriptiveString(v)
	}
	if v.IsObject() {
		return rt.inspectShort(v)
	}
	return rt.ToGoString(v)
}

// inspectShort renders a value briefly for error messages, as V8 does:
// strings quoted, objects as #<Ctor> or their source-ish form.
func (rt *Runtime) inspectShort(v Value) string {
	switch v.Tag() {
	case gc.TagString:
		return "\"" + rt.GoString(v) + "\""
	case gc.TagSymbol:
		return rt.symbolDescriptiveString(v)
	case gc.TagObject:
		if rt.isCallable(v) {
			if n := rt.funcName(v); n != "" {
				return n
			}
			return "function"
		}
		if rt.obj(v).class == ClassArray {
			return "object"
		}
		ctor := rt.ctorNameOf(v)
		if ctor == "" {
			return "[object Object]"
		}
		return "#<" + ctor + ">"
	case gc.TagBigInt:
		return rt.bigint(v).String()
	}
	return rt.ToGoString(v)
}

// ctorNameOf finds the constructor name of an object through its
// prototype's "constructor" property, without calling getters.
func (rt *Runtime) ctorNameOf(v Value) string {
	for p := v; p.IsObject(); {
		o := rt.obj(p)
		if o.class == ClassProxy {
			return "Object"
		}
		if d, ok := rt.ordinaryGetOwn(o, rt.atom("constructor")); ok && d.Attrs&attrAccessor == 0 && rt.isCallable(d.Value) {
			return rt.funcName(d.Value)
		}
		p = o.proto
	}
	return ""
}

// ErrorPosition returns where an error object was created: the file,
// line and 0-based column of its innermost stack frame.
func (rt *Runtime) ErrorPosition(v Value) (file string, line, col int, ok bool) {
	if !v.IsObject() {
		return "", 0, 0, false
	}
	d, _ := rt.hostOf(rt.obj(v)).(*errorData)
	if d == nil || len(d.frames) == 0 {
		return "", 0, 0, false
	}
	f := d.frames[0]
	return f.File, f.Line, f.Col - 1, true
}
