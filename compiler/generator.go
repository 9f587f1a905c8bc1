package compiler

// Generators and async functions suspend by saving their frame (the VM does
// that), so yield and await compile to one suspending instruction followed
// by a dispatch on the resume mode.

import (
	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/parser"
)

// resumeDispatch handles the resume mode in r+1 after a Yield whose sent
// value is in r: 0 next (continue), 1 throw, 2 return (through finally
// blocks).
func (f *fstate) resumeDispatch(r int) {
	jNext := f.jump(bytecode.OpJmpFalse, r+1, 0)
	t := f.alloc()
	f.loadInt(t, 1)
	jThrow := f.jump(bytecode.OpJmpStrictEq, r+1, t)
	f.top--
	if f.async {
		// AsyncGeneratorUnwrapYieldResumption (ECMA-262 §27.6.3.7): a
		// return's value is awaited first.
		f.await(r, r)
	}
	f.emitReturn(r)
	f.patchHere(jThrow)
	f.emit(bytecode.OpThrow, r, 0, 0)
	f.patchHere(jNext)
}

func (f *fstate) yield(e *parser.Yield, dst int) {
	if e.Delegate {
		f.yieldStar(e, dst)
		return
	}
	v := f.alloc()
	if e.Arg != nil {
		f.expr(e.Arg, v)
	} else {
		f.emit(bytecode.OpLoadUndef, v, 0, 0)
	}
	if f.async {
		// An async generator yields the awaited value (§15.5.5 Yield).
		f.at(e.Loc.Start)
		f.await(v, v)
	}
	r := f.allocN(2)
	f.at(e.Loc.Start)
	f.emit(bytecode.OpYield, v, r, 0)
	f.resumeDispatch(r)
	f.mov(dst, r)
}

func (f *fstate) await(v, dst int) {
	r := f.allocN(2)
	// A suspended frame reports this position (V8's "at async f" frames).
	f.markPos()
	f.emit(bytecode.OpAwait, v, r, 0)
	j := f.jump(bytecode.OpJmpFalse, r+1, 0)
	f.emit(bytecode.OpThrow, r, 0, 0)
	f.patchHere(j)
	f.mov(dst, r)
}

// yieldStar compiles yield* (ECMA-262 §15.5.5). In an async generator the
// inner iterator is an async one, each of its results is awaited, and the
// values it yields are passed on without another await.
func (f *fstate) yieldStar(e *parser.Yield, dst int) {
	v := f.alloc()
	f.expr(e.Arg, v)
	rec := f.allocN(2)
	f.at(e.Loc.Start)
	if f.async {
		f.emit(bytecode.OpGetAsyncIter, rec, v, 1)
	} else {
		f.emit(bytecode.OpGetIter, rec, v, 1)
	}
	recv := f.allocN(2) // received value, resume mode
	f.emit(bytecode.OpLoadUndef, recv, 0, 0)
	f.loadInt(recv+1, 0)
	// The delegate's result object, then its value and done (DelegateNext
	// writes all three).
	res := f.allocN(3)
	vd := res + 1
	t := f.alloc()
	base := f.allocN(3)
	// While the delegate runs, this frame is at the delegate's expression
	// (V8's position for it); errors of yield* itself are at the yield.
	argPos := f.exprPos(e.Arg)
	callInner := func() {
		f.mov(base+1, rec)
		f.mov(base+2, recv)
		f.at(argPos)
		f.emit(bytecode.OpCall, res, base, 1)
		f.at(e.Loc.Start)
		if f.async {
			f.await(res, res)
		}
		// IterValueDone's TypeError for a result that is not an object
		// names it, as V8's does ("Iterator result 1 is not an object").
		// A sync yield* passes an unfinished result on unread (§15.5.5
		// step 7.a.vi-viii); an async one yields its value.
		when := bytecode.ValueIfDone
		if f.async {
			when = bytecode.ValueAlways
		}
		f.emit(bytecode.OpIterValueDone, vd, res, when)
	}
	loop := f.here()
	jNext := f.jump(bytecode.OpJmpFalse, recv+1, 0)
	f.loadInt(t, 1)
	jThrow := f.jump(bytecode.OpJmpStrictEq, recv+1, t)

	// Return: forward to the inner iterator's return, if any.
	f.emit(bytecode.OpGetMethod, base, rec, f.propSite("return"))
	jNoReturn := f.jump(bytecode.OpJmpUndef, base, 0)
	callInner()
	jYield1 := f.jump(bytecode.OpJmpFalse, vd+1, 0)
	if f.async {
		f.await(vd, vd)
	}
	f.emitReturn(vd)
	f.patchHere(jNoReturn)
	if f.async {
		f.await(recv, recv)
	}
	f.emitReturn(recv)

	// Throw: forward to the inner iterator's throw, or close it and fail.
	f.patchHere(jThrow)
	f.emit(bytecode.OpGetMethod, base, rec, f.propSite("throw"))
	jNoThrow := f.jump(bytecode.OpJmpUndef, base, 0)
	callInner()
	jYield2 := f.jump(bytecode.OpJmpFalse, vd+1, 0)
	jDone1 := f.jump(bytecode.OpJmp, 0, 0)
	f.patchHere(jNoThrow)
	f.iterClose(rec, f.async)
	f.throwError(0, "The iterator does not provide a 'throw' method.")

	// Next.
	f.patchHere(jNext)
	jFast := -1
	if !f.async {
		f.at(argPos)
		jFast = f.jumpABC(bytecode.OpDelegateNext, res, rec, recv)
		f.at(e.Loc.Start)
	}
	f.mov(base, rec+1)
	callInner()
	if jFast >= 0 {
		f.patchHere(jFast)
	}
	jDone2 := f.jump(bytecode.OpJmpTrue, vd+1, 0)

	f.patchHere(jYield1, jYield2)
	if f.async {
		f.emit(bytecode.OpYield, vd, recv, 0)
		f.loadInt(t, 2)
		jNotReturn := f.jump(bytecode.OpJmpStrictNe, recv+1, t)
		f.await(recv, recv)
		f.patchHere(jNotReturn)
	} else {
		f.emit(bytecode.OpYieldIterResult, res, recv, 0)
	}
	f.jumpTo(bytecode.OpJmp, 0, 0, loop)

	f.patchHere(jDone1, jDone2)
	f.mov(dst, vd)
}

// iterClose emits IteratorClose of the iterator record rec for a normal
// completion, or AsyncIteratorClose (§7.4.13) when async: return()'s
// result is awaited before it is checked.
func (f *fstate) iterClose(rec int, async bool) {
	if !async {
		f.emit(bytecode.OpIterClose, rec, 0, 0)
		return
	}
	mark := f.top
	base := f.allocN(2)
	f.emit(bytecode.OpGetMethod, base, rec, f.propSite("return"))
	jNone := f.jump(bytecode.OpJmpUndef, base, 0)
	f.mov(base+1, rec)
	f.emit(bytecode.OpCall, base, base, 0)
	f.await(base, base)
	f.emit(bytecode.OpCheckObject, base, f.kStr("Iterator result is not an object"), 0)
	f.patchHere(jNone)
	f.top = mark
}

// asyncIterCloseQuiet is AsyncIteratorClose (§7.4.13) for a throw
// completion: return() is called and its result awaited, but anything
// they throw is dropped for the exception in exc, which the caller
// rethrows.
func (f *fstate) asyncIterCloseQuiet(rec, exc, envDepth int) {
	mark := f.top
	base := f.allocN(2)
	p := f.newProt()
	f.emit(bytecode.OpGetMethod, base, rec, f.propSite("return"))
	jNone := f.jump(bytecode.OpJmpUndef, base, 0)
	f.mov(base+1, rec)
	f.emit(bytecode.OpCall, base, base, 0)
	f.await(base, base)
	p.pause(f.here())
	f.patchHere(jNone)
	jOver := f.jump(bytecode.OpJmp, 0, 0)
	f.addHandlers(p, f.here(), base, envDepth)
	f.emit(bytecode.OpThrow, exc, 1, 0)
	f.patchHere(jOver)
	f.top = mark
}
