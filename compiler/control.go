package compiler

// Control flow that leaves statements early. The control stack records,
// innermost last, everything a break, continue or return must undo on its
// way out: environments to pop, for-of iterators to close, finally blocks
// to run, and exception-handler ranges the exit code must not fall inside
// (a throw from an iterator's return() during a break must not be caught by
// that loop's own close-on-throw handler).
//
// finally has no opcodes of its own: every way into a finally block sets a
// completion-kind register (normal, throw, return, or one id per break or
// continue target) and the code after the block dispatches on it,
// continuing the original jump from the try statement outwards.

import (
	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/parser"
)

type ctlKind uint8

const (
	ctlEnv     ctlKind = iota // an environment pushed by a scope or with
	ctlLoop                   // a loop: break and continue target
	ctlLabel                  // a labelled statement or switch: break target
	ctlFinally                // the try block (and catch) of a try-finally
	ctlProt                   // a range covered by an exception handler
	ctlPattern                // an array destructuring: its iterator closes on a return (a generator's, at a yield)
)

type ctl struct {
	kind      ctlKind
	labels    []string
	isSwitch  bool
	breaks    []int
	continues []int
	// iterRec is the iterator record of a for-of loop (closed on break),
	// or -1.
	iterRec int
	// asyncIter marks a for await loop, whose iterator closes with
	// AsyncIteratorClose.
	asyncIter bool
	// iterDone is the register of an array pattern's iterator record's
	// [[Done]] (ctlPattern): a return closes its iterator only when false.
	iterDone int
	prot     *prot
	fin      *finState
}

// prot is the set of code ranges one handler covers.
type prot struct {
	ranges [][2]int
	start  int
	paused bool
}

func (f *fstate) newProt() *prot { return &prot{start: f.here()} }

func (p *prot) pause(at int) {
	if p.paused {
		return
	}
	if at > p.start {
		p.ranges = append(p.ranges, [2]int{p.start, at})
	}
	p.paused = true
}

func (p *prot) resume(at int) {
	if p.paused {
		p.start, p.paused = at, false
	}
}

// addHandlers appends p's ranges to the exception table.
func (f *fstate) addHandlers(p *prot, target, reg, envDepth int) {
	for _, r := range p.ranges {
		f.fn.Handlers = append(f.fn.Handlers, bytecode.Handler{Start: r[0], End: r[1], Target: target, Reg: reg, EnvDepth: envDepth})
	}
}

// envDepth is the count of environments this frame has pushed.
func (f *fstate) envDepth() int { return f.level - f.baseLevel }

type route struct {
	target *ctl
	cont   bool
}

type finState struct {
	kind, val int // completion kind and value registers
	jumps     []int
	routes    []route
	returns   bool
}

const (
	finNormal = iota
	finThrow
	finReturn
	finRoutes
)

func (fs *finState) routeID(r route) int {
	for i, x := range fs.routes {
		if x == r {
			return finRoutes + i
		}
	}
	fs.routes = append(fs.routes, r)
	return finRoutes + len(fs.routes) - 1
}

func (f *fstate) pushCtl(c *ctl) *ctl {
	f.ctl = append(f.ctl, c)
	return c
}

func (f *fstate) popCtl() { f.ctl = f.ctl[:len(f.ctl)-1] }

// takeLabels returns the labels of the statement being compiled.
func (f *fstate) takeLabels() []string {
	l := f.pendingLabels
	f.pendingLabels = nil
	return l
}

// findTarget returns the control entry a break or continue refers to.
func (f *fstate) findTarget(label string, cont bool) *ctl {
	for i := len(f.ctl) - 1; i >= 0; i-- {
		e := f.ctl[i]
		if e.kind != ctlLoop && e.kind != ctlLabel {
			continue
		}
		if label == "" {
			if e.kind == ctlLoop || (e.isSwitch && !cont) {
				return e
			}
			continue
		}
		for _, l := range e.labels {
			if l == label && (!cont || e.kind == ctlLoop) {
				return e
			}
		}
	}
	return nil
}

// directExit reports whether s is `if (test) break;` or `if (test)
// continue;` (no else, the statement alone or alone in a block) whose
// exit is a bare jump: no environment to pop, finally block to route
// through, handler range to leave or iterator to close on the way. Such
// an if compiles to a jump on test straight to the target, where it was a
// jump over a jump (`if (composite[i]) continue;` in a sieve's loop).
func (f *fstate) directExit(s *parser.If) (target *ctl, cont, ok bool) {
	if s.Alt != nil || f.c.opts.Coverage {
		return nil, false, false
	}
	body := s.Cons
	if b, isBlock := body.(*parser.Block); isBlock && len(b.Body) == 1 {
		body = b.Body[0]
	}
	switch x := body.(type) {
	case *parser.Break:
		target = f.findTarget(x.Label, false)
	case *parser.Continue:
		target, cont = f.findTarget(x.Label, true), true
	}
	if target == nil || !cont && target.iterRec >= 0 {
		return nil, false, false
	}
	for i := len(f.ctl) - 1; f.ctl[i] != target; i-- {
		e := f.ctl[i]
		if e.kind == ctlEnv || e.kind == ctlFinally || e.kind == ctlProt || e.prot != nil || e.kind == ctlLoop && e.iterRec >= 0 {
			return nil, false, false
		}
	}
	return target, cont, true
}

// exitTo emits the code of a break (cont false) or continue to target.
func (f *fstate) exitTo(target *ctl, cont bool) {
	level := f.level
	var paused []*prot
	defer func() {
		f.level = level
		for _, p := range paused {
			p.resume(f.here())
		}
	}()
	for i := len(f.ctl) - 1; i >= 0; i-- {
		e := f.ctl[i]
		if e == target {
			break
		}
		switch e.kind {
		case ctlEnv:
			f.emit(bytecode.OpPopEnv, 0, 0, 0)
			f.level--
		case ctlFinally:
			id := e.fin.routeID(route{target, cont})
			f.loadInt(e.fin.kind, id)
			e.fin.jumps = append(e.fin.jumps, f.jump(bytecode.OpJmp, 0, 0))
			return
		}
		if e.prot != nil {
			e.prot.pause(f.here())
			paused = append(paused, e.prot)
		}
		if e.kind == ctlLoop && e.iterRec >= 0 {
			f.iterClose(e.iterRec, e.asyncIter)
		}
	}
	if !cont && target.iterRec >= 0 {
		if target.prot != nil {
			target.prot.pause(f.here())
			paused = append(paused, target.prot)
		}
		f.iterClose(target.iterRec, target.asyncIter)
	}
	j := f.jump(bytecode.OpJmp, 0, 0)
	if cont {
		target.continues = append(target.continues, j)
	} else {
		target.breaks = append(target.breaks, j)
	}
}

// emitReturn returns the value in register val (or undefined when val is
// negative), running finally blocks and closing for-of iterators on the way.
func (f *fstate) emitReturn(val int) { f.emitReturnOf(val, 0, false) }

// emitReturnInt returns a small integer literal, n being its operand as
// smallIntLiteral gives it.
func (f *fstate) emitReturnInt(n int) { f.emitReturnOf(-1, n, true) }

// emitReturnOf is emitReturn of register val or, when isInt, of the
// integer operand n.
func (f *fstate) emitReturnOf(val, n int, isInt bool) {
	level := f.level
	var paused []*prot
	defer func() {
		f.level = level
		for _, p := range paused {
			p.resume(f.here())
		}
	}()
	crossesFinally := false
	for _, e := range f.ctl {
		if e.kind == ctlFinally {
			crossesFinally = true
		}
	}
	for i := len(f.ctl) - 1; i >= 0; i-- {
		e := f.ctl[i]
		switch e.kind {
		case ctlEnv:
			if crossesFinally {
				f.emit(bytecode.OpPopEnv, 0, 0, 0)
				f.level--
			}
		case ctlFinally:
			switch {
			case isInt:
				f.emit(bytecode.OpLoadInt, e.fin.val, n, 0)
			case val >= 0:
				f.mov(e.fin.val, val)
			default:
				f.emit(bytecode.OpLoadUndef, e.fin.val, 0, 0)
			}
			f.loadInt(e.fin.kind, finReturn)
			e.fin.returns = true
			e.fin.jumps = append(e.fin.jumps, f.jump(bytecode.OpJmp, 0, 0))
			return
		}
		if e.prot != nil {
			e.prot.pause(f.here())
			paused = append(paused, e.prot)
		}
		if e.kind == ctlLoop && e.iterRec >= 0 {
			f.iterClose(e.iterRec, e.asyncIter)
		}
		if e.kind == ctlPattern {
			j := f.jump(bytecode.OpJmpTrue, e.iterDone, 0)
			f.iterClose(e.iterRec, false)
			f.patchHere(j)
		}
	}
	f.reloadDerivedThis()
	switch {
	case isInt:
		f.emit(bytecode.OpReturnI, 0, n, 0)
	case val >= 0:
		f.emit(bytecode.OpReturn, val, 0, 0)
	default:
		f.emit(bytecode.OpReturnUndef, 0, 0, 0)
	}
}

func (f *fstate) emitReturnUndef() { f.emitReturn(-1) }

// reloadDerivedThis refreshes r0 from the captured this of a derived
// constructor, which the VM's construct-return rule reads.
func (f *fstate) reloadDerivedThis() {
	if f.derived && !f.arrow && f.pseudo[pseudoThis] != nil {
		loc := f.pseudo[pseudoThis]
		f.emit(bytecode.OpGetEnv, 0, f.level-loc.env.level, loc.slot)
	}
}
