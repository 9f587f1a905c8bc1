package stdlib

// --abort-on-uncaught-exception, as node v20 has it on Linux: an exception
// thrown and caught by nothing (no process.setUncaughtExceptionCaptureCallback
// or domain to take it) is not given to 'uncaughtException' listeners or
// 'exit' ones; V8 prints its message and the stack it was thrown from
//
//	Uncaught Error: boom
//
//	FROM
//	f (/app.js:1:14)
//
// (no line end after the last frame) and crashes the process, which ends
// by SIGTRAP. A rejection nobody handled is printed as without the option
// and the process aborts (SIGABRT), 'uncaughtException' listeners or not.
// What node adds to both from its C++ side (a native stack trace) is not
// Kiln's to print.

import (
	"strings"

	"github.com/kilnjs/kiln/vm"
)

// abortsOnUncaught reports whether the option is on and nothing captures
// uncaught exceptions.
func (n *Node) abortsOnUncaught() bool {
	if !n.abortOnUncaught || n.opts.worker != nil {
		return false
	}
	extra := n.VM.Realm().Extra
	_, domain := extra[domainHandlerKey]
	_, capture := extra[uncaughtCaptureKey]
	return !domain && !(capture && n.processMade)
}

// abortUncaught ends the process as node does for exc, thrown
// (origin "uncaughtException") or a rejection.
func (n *Node) abortUncaught(exc *vm.Exception, origin string) {
	if origin != "uncaughtException" {
		n.VM.Pin(exc.Value)
		n.printUncaught(exc)
		abortProcess()
	}
	var b strings.Builder
	b.WriteString("Uncaught " + n.v8MessageText(exc.Value) + "\n\nFROM")
	for _, f := range exc.Stack {
		b.WriteString("\n" + f.String())
	}
	writeText(n.opts.Stderr, b.String())
	trapProcess()
}

// v8MessageText is how V8 names a thrown value in a message, without
// running the program's code: an error's name and message, a function's
// source, #<Constructor> for an object whose toString is Object's own,
// else its [object Tag]; a primitive as a string.
func (n *Node) v8MessageText(v vm.Value) string {
	rt := n.VM
	switch {
	case !v.IsObject():
		if v.IsSymbol() {
			return rt.ToGoString(rt.Call(rt.GetS(rt.Realm().SymbolPrototype, "toString"), v))
		}
		return rt.ToGoString(v)
	case rt.IsError(v):
		return rt.ErrorHeader(v)
	case rt.IsCallable(v):
		return rt.ToGoString(rt.Call(rt.GetS(rt.Realm().FunctionPrototype, "toString"), v))
	}
	objectToString := rt.GetS(rt.Realm().ObjectPrototype, "toString")
	tag := rt.ToGoString(rt.Call(objectToString, v))
	if rt.GetS(v, "toString") == objectToString {
		if ctor := rt.GetS(v, "constructor"); rt.IsCallable(ctor) {
			if name := rt.ToGoString(rt.GetS(ctor, "name")); name != "" {
				return "#<" + name + ">"
			}
		}
	}
	return tag
}
