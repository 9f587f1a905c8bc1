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
		line, col := fr.code.Position(fr.pc - 1)
		e.Line, e.Col = int(line), int(col)
		if p := fr.code.Program; p != nil {
			e.File = p.Filename
			e.SourceLine = sourceLine(p.Source, int(line))
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
	rt.defineData(e, rt.atom("message"), rt.NewString(msg), attrWritable|attrConfigurable)
	rt.captureStack(e, Undefined)
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
		line, col := fr.code.Position(fr.pc - 1)
		sf := StackFrame{Func: fr.code.Name, Line: int(line), Col: int(col) + 1, Construct: fr.construct}
		if fr.code.Program != nil {
			sf.File = fr.code.Program.Filename
		}
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

// captureStack sets err.stack (own, non-enumerable) to Node's format:
// the error's toString, then "    at ..." lines.
func (rt *Runtime) captureStack(errV Value, skipUntil Value) {
	frames := rt.CaptureStack(10)
	o := rt.obj(errV)
	rt.setHost(o, &errorData{frames: frames})
	head := rt.errorHeader(errV)
	var b strings.Builder
	b.WriteString(head)
	for _, f := range frames {
		b.WriteString("\n    at ")
		b.WriteString(f.String())
	}
	rt.defineData(errV, rt.atom("stack"), rt.NewString(b.String()), attrWritable|attrConfigurable)
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
