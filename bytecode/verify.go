package bytecode

import "fmt"

// Verify proves f (and its nested functions) safe to run: every instruction
// decodes, every operand is in range for its kind, every jump and handler
// lands on an instruction boundary, and execution cannot run off the end of
// the code. The interpreter relies on these facts and does not re-check them.
func Verify(f *Function) error {
	return verify(f, f.Name, true)
}

// VerifyFunction checks f alone, not the functions nested in it: the
// runtime calls it before a function of a Program.Unverified first runs.
func VerifyFunction(f *Function) error {
	return verify(f, f.Name, false)
}

func verify(f *Function, name string, nested bool) error {
	if err := f.Load(); err != nil {
		return err
	}
	fail := func(pc int, format string, args ...any) error {
		return fmt.Errorf("function %q at %d: %s", name, pc, fmt.Sprintf(format, args...))
	}
	if f.NRegs < f.NParams+1 || f.NRegs > 1<<16 {
		return fail(0, "bad frame size %d for %d params", f.NRegs, f.NParams)
	}
	if f.NInit < f.NParams+1 || f.NInit > f.NRegs {
		return fail(0, "bad entry register count %d for %d params and %d registers", f.NInit, f.NParams, f.NRegs)
	}
	if len(f.Code) == 0 {
		return fail(0, "empty code")
	}
	// Two passes over the code, decoding twice rather than keeping the
	// decoded instructions: loading the library verifies thousands of
	// functions at start-up, and the memory cost more than the decoding.
	starts := make([]bool, len(f.Code)+1)
	var last Instr
	for pc := 0; pc < len(f.Code); {
		in, ok := Decode(f.Code, pc)
		if !ok {
			return fail(pc, "undecodable instruction %#08x", f.Code[pc])
		}
		starts[pc] = true
		last = in
		pc = in.Next
	}
	for pc := 0; pc < len(f.Code); {
		in, _ := Decode(f.Code, pc)
		pc = in.Next
		info := in.Op.Info()
		vals := [3]int{in.A, in.B, in.C}
		for i, k := range info.Kinds {
			v := vals[i]
			var limit int
			switch k {
			case KindReg:
				limit = f.NRegs
				// Instructions that use a run of registers.
				switch in.Op {
				case OpCall, OpCallU, OpNew, OpCallEval:
					if i == 1 && v+2+in.C > f.NRegs {
						return fail(in.PC, "%s arguments r%d..r%d beyond frame of %d", in.Op, v, v+1+in.C, f.NRegs)
					}
				case OpCallSpread, OpNewSpread, OpSuperCallSpread:
					if i == 1 && v+2 >= f.NRegs {
						return fail(in.PC, "%s operands beyond frame", in.Op)
					}
				case OpSuperCall:
					if i == 1 && v+2+in.C > f.NRegs {
						return fail(in.PC, "%s arguments beyond frame", in.Op)
					}
				case OpNewArray:
					if i == 2 && v+in.B > f.NRegs {
						return fail(in.PC, "%s elements beyond frame", in.Op)
					}
				case OpGetIter, OpGetAsyncIter, OpCallName, OpIterValueDone, OpYield, OpYieldIterResult, OpAwait:
					if (i == 0 && in.Op != OpYield && in.Op != OpAwait) || (i == 1 && (in.Op == OpYield || in.Op == OpYieldIterResult || in.Op == OpAwait)) {
						if v+1 >= f.NRegs {
							return fail(in.PC, "%s needs two registers at r%d", in.Op, v)
						}
					}
				case OpGetSuperFrom, OpSetSuperFrom:
					if (in.Op == OpGetSuperFrom && i == 1 || in.Op == OpSetSuperFrom && i == 0) && v+1 >= f.NRegs {
						return fail(in.PC, "%s needs a home/this register pair at r%d", in.Op, v)
					}
				case OpDelegateNext:
					if (i == 0 && v+2 >= f.NRegs) || (i == 1 && v+1 >= f.NRegs) {
						return fail(in.PC, "%s operands beyond frame at r%d", in.Op, v)
					}
				case OpIterNext, OpIterClose, OpIterCloseQuiet:
					if (in.Op == OpIterNext && i == 1) || (in.Op != OpIterNext && i == 0) {
						if v+1 >= f.NRegs {
							return fail(in.PC, "%s needs an iterator record at r%d", in.Op, v)
						}
					}
				}
			case KindConst:
				limit = len(f.Consts)
			case KindSite:
				limit = len(f.Sites)
			case KindFunc:
				limit = len(f.Funcs)
			default:
				continue
			}
			if v >= limit {
				return fail(in.PC, "%s operand %d = %d out of range (%d)", in.Op, i, v, limit)
			}
		}
		if want, ok := constKindOf(in.Op); ok && f.Consts[in.B].Kind != want {
			return fail(in.PC, "%s needs a constant of kind %d, k%d is %d", in.Op, want, in.B, f.Consts[in.B].Kind)
		}
		if info.Site && in.Site >= len(f.Sites) {
			return fail(in.PC, "%s site %d out of range (%d)", in.Op, in.Site, len(f.Sites))
		}
		if info.Jump && (in.Target < 0 || in.Target >= len(f.Code) || !starts[in.Target]) {
			return fail(in.PC, "%s jumps to %d, not an instruction", in.Op, in.Target)
		}
	}
	// The last instruction must not fall through off the end.
	switch last.Op {
	case OpReturn, OpReturnUndef, OpReturnI, OpThrow, OpThrowError, OpJmp, OpThrowConst:
	default:
		return fail(last.PC, "code ends with %s, which falls through", last.Op)
	}
	for i, h := range f.Handlers {
		if h.Start < 0 || h.End > len(f.Code) || h.Start >= h.End || !starts[h.Start] || (h.End < len(f.Code) && !starts[h.End]) {
			return fail(h.Start, "handler %d range [%d, %d) invalid", i, h.Start, h.End)
		}
		if h.Target < 0 || h.Target >= len(f.Code) || !starts[h.Target] {
			return fail(h.Target, "handler %d target %d not an instruction", i, h.Target)
		}
		if h.Reg >= f.NRegs {
			return fail(h.Target, "handler %d register r%d beyond frame", i, h.Reg)
		}
	}
	for i, c := range f.Consts {
		if c.Kind > ConstScope {
			return fail(0, "constant %d has unknown kind %d", i, c.Kind)
		}
		if c.Kind == ConstTemplate && (len(c.Cooked) != len(c.Raw) || len(c.Invalid) != len(c.Raw)) {
			return fail(0, "template constant %d is malformed", i)
		}
		if c.Kind == ConstScope && len(c.Names) != len(c.Lexical) {
			return fail(0, "scope constant %d is malformed", i)
		}
	}
	for i, sub := range f.Funcs {
		if sub == nil {
			return fail(0, "nested function %d is nil", i)
		}
		if !nested {
			continue
		}
		if err := verify(sub, name+"/"+sub.Name, true); err != nil {
			return err
		}
	}
	return nil
}

// constKindOf gives the constant kind that opcodes reading K[bx] as
// structured data require; the interpreter relies on it.
func constKindOf(op Opcode) (ConstKind, bool) {
	switch op {
	case OpPushEnv:
		return ConstScope, true
	case OpNewRegExp:
		return ConstRegExp, true
	case OpTemplate:
		return ConstTemplate, true
	}
	return 0, false
}
