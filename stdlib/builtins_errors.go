package stdlib

import (
	"errors"
	"io/fs"
	"math"
	"math/big"
	"strings"
	"syscall"
	"unicode/utf16"

	"github.com/kilnjs/kiln/vm"
)

// Node's errors: the internal/errors.js family (a built-in Error whose
// stack header and toString carry the code, "TypeError [CODE]: message",
// and whose code is an own enumerable property) and libuv's system errors
// (errno, code, syscall, path).

// newNodeError makes an error of the given vm error kind with Node's code.
func (n *Node) newNodeError(kind int, code, msg string) vm.Value {
	rt := n.VM
	e := rt.NewError(kind, msg)
	n.codeInStack(e, code)
	rt.CreateDataProperty(e, "code", rt.NewString(code))
	rt.DefineMethod(e, "toString", 0, func(rt *vm.Runtime, this vm.Value, _ []vm.Value) vm.Value {
		return rt.NewString(rt.ToGoString(rt.GetS(this, "name")) + " [" + code + "]: " + rt.ToGoString(rt.GetS(this, "message")))
	})
	return e
}

// codeInStack formats e's stack as node's errors with a code have it: node
// names the error "TypeError [CODE]" while it captures the stack, so only
// the stack's first line carries the code; name stays plain.
func (n *Node) codeInStack(e vm.Value, code string) {
	rt := n.VM
	if st := rt.GetS(e, "stack"); st.IsString() {
		s := rt.GoString(st)
		if name := rt.ThrownName(e); strings.HasPrefix(s, name) {
			rt.SetS(e, "stack", rt.NewString(name+" ["+code+"]"+s[len(name):]))
		}
	}
}

// newCodedError is an error with a code that Node makes in C++ (invalid
// URLs, structuredClone's arguments): unlike newNodeError's, its stack and
// toString do not show the code.
func (n *Node) newCodedError(kind int, code, msg string) vm.Value {
	rt := n.VM
	e := rt.NewError(kind, msg)
	rt.CreateDataProperty(e, "code", rt.NewString(code))
	return e
}

// invalidArgType is ERR_INVALID_ARG_TYPE; expected is the text after
// "must be" ("of type function", "an instance of Array").
func (n *Node) invalidArgType(name, expected string, v vm.Value) vm.Value {
	what := "argument"
	if strings.Contains(name, ".") {
		what = "property"
	}
	return n.newNodeError(vm.ErrType, "ERR_INVALID_ARG_TYPE",
		"The \""+name+"\" "+what+" must be "+expected+". Received "+n.specificType(v))
}

// specificType is Node's determineSpecificType, the "Received ..." part.
func (n *Node) specificType(v vm.Value) string {
	rt := n.VM
	switch {
	case v == vm.Undefined:
		return "undefined"
	case v == vm.Null:
		return "null"
	case rt.IsCallable(v):
		// Node's words even for an anonymous function: "function ".
		return "function " + rt.FunctionName(v)
	case v.IsObject():
		var name string
		rt.Try(func() {
			if c := rt.GetS(v, "constructor"); c.IsObject() {
				if s := rt.GetS(c, "name"); s.IsString() {
					name = rt.GoString(s)
				}
			}
		})
		if name != "" {
			return "an instance of " + name
		}
		o := DefaultInspectOptions()
		o.Depth = 0
		return n.Inspect(v, o)
	}
	// Long strings are cut before inspecting, so the quotes survive.
	if v.IsString() {
		if u := utf16.Encode([]rune(rt.GoString(v))); len(u) > 28 {
			v = rt.NewString(string(utf16.Decode(u[:25])) + "...")
		}
	}
	s := n.Inspect(v, DefaultInspectOptions())
	return "type " + typeOf(rt, v) + " (" + s + ")"
}

func typeOf(rt *vm.Runtime, v vm.Value) string {
	switch {
	case v == vm.Undefined:
		return "undefined"
	case v.IsString():
		return "string"
	case v.IsNumber():
		return "number"
	case v.IsSymbol():
		return "symbol"
	case v == vm.True || v == vm.False:
		return "boolean"
	case rt.IsCallable(v):
		return "function"
	case v.IsObject() || v == vm.Null:
		return "object"
	}
	return "bigint"
}

// uvError describes a system error as libuv names it.
type uvError struct {
	code  string // "ENOENT"
	errno int    // negative, as libuv reports it
	desc  string // "no such file or directory"
}

// uvErrors are libuv's uv_strerror texts for the errors Kiln reports.
var uvErrors = []struct {
	errno syscall.Errno
	code  string
	desc  string
}{
	{syscall.ENOENT, "ENOENT", "no such file or directory"},
	{syscall.EACCES, "EACCES", "permission denied"},
	{syscall.EEXIST, "EEXIST", "file already exists"},
	{syscall.EISDIR, "EISDIR", "illegal operation on a directory"},
	{syscall.ENOTDIR, "ENOTDIR", "not a directory"},
	{syscall.ENOTEMPTY, "ENOTEMPTY", "directory not empty"},
	{syscall.EMFILE, "EMFILE", "too many open files"},
	{syscall.ELOOP, "ELOOP", "too many symbolic links encountered"},
	{syscall.ENAMETOOLONG, "ENAMETOOLONG", "name too long"},
	{syscall.EPERM, "EPERM", "operation not permitted"},
	{syscall.EROFS, "EROFS", "read-only file system"},
	{syscall.ENOSPC, "ENOSPC", "no space left on device"},
	{syscall.EBADF, "EBADF", "bad file descriptor"},
	{syscall.EINVAL, "EINVAL", "invalid argument"},
	{syscall.EBUSY, "EBUSY", "resource busy or locked"},
	{syscall.EIO, "EIO", "i/o error"},
	{syscall.ESRCH, "ESRCH", "no such process"},
	{syscall.EXDEV, "EXDEV", "cross-device link not permitted"},
	{syscall.EPIPE, "EPIPE", "broken pipe"},
}

// uvErrorOf classifies a Go error from the os package.
func uvErrorOf(err error) uvError {
	var en syscall.Errno
	if errors.As(err, &en) {
		for _, e := range uvErrors {
			if e.errno == en {
				return uvError{e.code, -int(en), e.desc}
			}
		}
	}
	// Windows reports its own error numbers; the portable classes still
	// give the right code there.
	for _, c := range []struct {
		target error
		errno  syscall.Errno
	}{{fs.ErrNotExist, syscall.ENOENT}, {fs.ErrPermission, syscall.EACCES}, {fs.ErrExist, syscall.EEXIST}} {
		if errors.Is(err, c.target) {
			return uvErrorOf(c.errno)
		}
	}
	return uvError{"EIO", -int(syscall.EIO), "i/o error"}
}

// uvException is Node's uvException: "CODE: desc, syscall 'path'".
func (n *Node) uvException(err error, syscall, path string) vm.Value {
	rt := n.VM
	u := uvErrorOf(err)
	msg := u.code + ": " + u.desc + ", " + syscall
	if path != "" {
		msg += " '" + path + "'"
	}
	e := rt.NewError(vm.ErrPlain, msg)
	rt.CreateDataProperty(e, "errno", vm.Int(u.errno))
	rt.CreateDataProperty(e, "code", rt.NewString(u.code))
	rt.CreateDataProperty(e, "syscall", rt.NewString(syscall))
	if path != "" {
		rt.CreateDataProperty(e, "path", rt.NewString(path))
	}
	return e
}

// outOfRangeReceived is how ERR_OUT_OF_RANGE shows the value it got:
// integers past 2**32 (numbers or bigints) with "_" between groups of
// three digits, anything else inspected.
func (n *Node) outOfRangeReceived(v vm.Value) string {
	rt := n.VM
	if v.IsBigInt() {
		s := rt.ToGoString(v)
		if len(strings.TrimPrefix(s, "-")) >= 10 {
			if b, ok := new(big.Int).SetString(s, 10); ok && new(big.Int).Abs(b).Cmp(big.NewInt(1<<32)) > 0 {
				s = addNumericSeparator(s)
			}
		}
		return s + "n"
	}
	if v.IsNumber() {
		if f := rt.ToNumber(v); f == math.Trunc(f) && math.Abs(f) > 1<<32 && !math.IsInf(f, 0) {
			return addNumericSeparator(formatNumber(rt, f))
		}
	}
	return n.Inspect(v, DefaultInspectOptions())
}

// installErrorBindings gives an internal module's binding the error
// constructors its JavaScript throws with.
func (n *Node) installErrorBindings(b vm.Value) {
	rt := n.VM
	rt.DefineValue(b, "kEnhanceStack", n.enhanceStackSymbol())
	// nodeFrames(err, site) gives an error made at one of node's sites
	// its frames there (child_process_frames.go).
	rt.DefineMethod(b, "nodeFrames", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return n.nodeChildFrames(vm.Arg(args, 0), rt.ToGoString(vm.Arg(args, 1)))
	})
	rt.DefineMethod(b, "invalidArgType", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return n.invalidArgType(rt.ToGoString(vm.Arg(args, 0)), rt.ToGoString(vm.Arg(args, 1)), vm.Arg(args, 2))
	})
	rt.DefineMethod(b, "invalidArgValue", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		o := DefaultInspectOptions()
		reason := "is invalid"
		if r := vm.Arg(args, 2); r != vm.Undefined {
			reason = rt.ToGoString(r)
		}
		// node cuts a long inspection at 128 characters.
		received := n.Inspect(vm.Arg(args, 1), o)
		if u := utf16.Encode([]rune(received)); len(u) > 128 {
			received = string(utf16.Decode(u[:128])) + "..."
		}
		// As node's message: a dotted name is a property of an argument.
		name, what := rt.ToGoString(vm.Arg(args, 0)), "argument"
		if strings.Contains(name, ".") {
			what = "property"
		}
		return n.newNodeError(vm.ErrType, "ERR_INVALID_ARG_VALUE", "The "+what+" '"+name+"' "+reason+". Received "+received)
	})
	rt.DefineMethod(b, "nodeError", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		kind := vm.ErrPlain
		switch rt.ToGoString(vm.Arg(args, 0)) {
		case "TypeError":
			kind = vm.ErrType
		case "RangeError":
			kind = vm.ErrRange
		}
		return n.newNodeError(kind, rt.ToGoString(vm.Arg(args, 1)), rt.ToGoString(vm.Arg(args, 2)))
	})
	// systemError(key, prefix, context) is node's SystemError: the message
	// names the failed call and its error ("prefix: syscall returned CODE
	// (message)", then the path and dest when the context has them); info
	// is the context, and errno, syscall, path and dest are its fields.
	rt.DefineMethod(b, "systemError", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		ctx := vm.Arg(args, 2)
		field := func(name string) string { return rt.ToGoString(rt.GetS(ctx, name)) }
		msg := rt.ToGoString(vm.Arg(args, 1)) + ": " + field("syscall") + " returned " + field("code") + " (" + field("message") + ")"
		for _, name := range []string{"path", "dest"} {
			if v := rt.GetS(ctx, name); !v.IsUndefined() {
				if name == "dest" {
					msg += " =>"
				}
				msg += " " + rt.ToGoString(v)
			}
		}
		e := n.newSystemError(rt.ToGoString(vm.Arg(args, 0)), msg)
		rt.CreateDataProperty(e, "info", ctx)
		for _, name := range []string{"errno", "syscall", "path", "dest"} {
			if v := rt.GetS(ctx, name); !v.IsUndefined() {
				rt.CreateDataProperty(e, name, v)
			}
		}
		return e
	})
	rt.DefineMethod(b, "outOfRange", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return n.newNodeError(vm.ErrRange, "ERR_OUT_OF_RANGE", "The value of \""+rt.ToGoString(vm.Arg(args, 0))+
			"\" is out of range. It must be "+rt.ToGoString(vm.Arg(args, 1))+". Received "+n.outOfRangeReceived(vm.Arg(args, 2)))
	})
	rt.DefineMethod(b, "codedError", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		kind := vm.ErrPlain
		if rt.ToGoString(vm.Arg(args, 0)) == "TypeError" {
			kind = vm.ErrType
		}
		return n.newCodedError(kind, rt.ToGoString(vm.Arg(args, 1)), rt.ToGoString(vm.Arg(args, 2)))
	})
	rt.DefineMethod(b, "inspect", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.NewString(n.Inspect(vm.Arg(args, 0), DefaultInspectOptions()))
	})
	// The async context (vm.Runtime.AsyncContext) for the callbacks the
	// library schedules itself: timers, immediates, AsyncLocalStorage.
	rt.DefineMethod(b, "getAsyncContext", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		return rt.AsyncContext()
	})
	rt.DefineMethod(b, "setAsyncContext", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		rt.SetAsyncContext(vm.Arg(args, 0))
		return vm.Undefined
	})
}

// enhanceStackSymbol keys the function an error carries when Node adds to
// its stack only if it goes uncaught (events' "Emitted 'error' event at:").
// It lives in the realm's extras, which keep it alive.
func (n *Node) enhanceStackSymbol() vm.Value {
	rt := n.VM
	if sym, ok := rt.Realm().Extra["enhanceStack"]; ok {
		return sym
	}
	sym := rt.NewSymbol(rt.NewString("kEnhanceStackBeforeInspector"))
	rt.Realm().Extra["enhanceStack"] = sym
	return sym
}
