package vm

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf16"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/gc"
)

// Module records (ECMA-262 §16.2.1). A source text module comes from a
// compiled module Program; a synthetic module is made by the host (Node's
// CommonJS, JSON and built-in modules seen from ES modules) with a fixed
// list of export names and a Go function that sets them when the module is
// evaluated. Loading is the host's: before Link, the host sets every
// request's module with SetRequested, recursively. Link and Evaluate then
// follow the spec's algorithms (InnerModuleLinking, InnerModuleEvaluation
// with the asynchronous-evaluation machinery for top-level await).
//
// A module environment is an ordinary environment object laid out by
// Module.Env. An import takes two slots: the environment holding the
// binding it resolves to and that binding's slot number, so GetImport reads
// the exporter's binding itself — live, with its temporal dead zone.

// ModuleStatus is a cyclic module record's [[Status]].
type ModuleStatus uint8

const (
	ModuleNew ModuleStatus = iota
	ModuleUnlinked
	ModuleLinking
	ModuleLinked
	ModuleEvaluating
	ModuleEvaluatingAsync
	ModuleEvaluated
)

// Module is a module record.
type Module struct {
	// Program is the compiled module; nil for a synthetic module.
	Program *bytecode.Program
	// HostDefined is the host's own data for the module (its URL, say).
	HostDefined any
	// Realm is the realm the module's code runs in (node's vm.Module
	// context); nil for the realm current when its functions are made.
	Realm *Realm

	requested []*Module // by index of Program.Module.Requests

	// Synthetic modules.
	exportNames []string
	evaluate    func(m *Module)
	slotOf      map[string]int

	status             ModuleStatus
	env                Value
	namespace          Value
	evalError          Value
	hasEvalError       bool
	dfsIndex, dfsAnc   int
	cycleRoot          *Module
	asyncEvaluation    bool
	asyncOrder         uint64
	capability         [3]Value // promise, resolve, reject; promise Undefined when none
	asyncParents       []*Module
	pendingAsync       int
	localSlot          map[string]int // Program.Module.LocalExports by name
	syntheticEvaluated bool
	evalException      *Exception // where the body threw, for the host's uncaught-error banner
}

// moduleState is the runtime's module bookkeeping.
type moduleState struct {
	all        []*Module
	asyncOrder uint64
	meta       map[*bytecode.Program]Value // import.meta objects
}

func (s *moduleState) trace(m *gc.Marker) {
	for _, v := range s.meta {
		m.Mark(v)
	}
	for _, mod := range s.all {
		m.Mark(mod.env)
		m.Mark(mod.namespace)
		m.Mark(mod.evalError)
		m.MarkAll(mod.capability[:])
	}
}

func (rt *Runtime) newModule(p *bytecode.Program) *Module {
	m := &Module{Program: p, env: Undefined, namespace: Undefined, evalError: Undefined,
		capability: [3]Value{Undefined, Undefined, Undefined}}
	rt.modules.all = append(rt.modules.all, m)
	return m
}

// NewSourceTextModule makes the record of a compiled module, status new.
func (rt *Runtime) NewSourceTextModule(p *bytecode.Program) *Module {
	if p == nil || p.Module == nil {
		panic("vm: NewSourceTextModule needs a module program")
	}
	m := rt.newModule(p)
	m.requested = make([]*Module, len(p.Module.Requests))
	m.localSlot = map[string]int{}
	for _, e := range p.Module.LocalExports {
		m.localSlot[e.Name] = e.Slot
	}
	return m
}

// NewSyntheticModule makes a module whose exports are names and whose
// evaluation runs evaluate, which sets them with SetExport. It is linked
// from the start.
func (rt *Runtime) NewSyntheticModule(names []string, evaluate func(m *Module)) *Module {
	m := rt.newModule(nil)
	m.exportNames = names
	m.evaluate = evaluate
	m.slotOf = map[string]int{}
	layout := &bytecode.Const{Kind: bytecode.ConstScope, ConstLists: &bytecode.ConstLists{Names: names, Lexical: make([]bool, len(names))}}
	for i, n := range names {
		m.slotOf[n] = i
	}
	m.env = rt.newEnv(Undefined, layout)
	m.status = ModuleLinked
	return m
}

// SetExport sets export name of a synthetic module.
func (rt *Runtime) SetExport(m *Module, name string, v Value) {
	i, ok := m.slotOf[name]
	if !ok {
		rt.throwReferenceError("module has no export named '%s'", name)
	}
	rt.vals(rt.obj(m.env).slots)[i] = v
}

// HasExport reports whether a synthetic module exports name.
func (m *Module) HasExport(name string) bool {
	_, ok := m.slotOf[name]
	return ok
}

// Requests returns the specifiers and attributes a source text module
// imports from, in source order.
func (m *Module) Requests() []bytecode.ModuleRequest {
	if m.Program == nil {
		return nil
	}
	return m.Program.Module.Requests
}

// SetRequested records the module the host loaded for request i.
func (m *Module) SetRequested(i int, dep *Module) { m.requested[i] = dep }

// Requested returns the module loaded for request i (nil before loading).
func (m *Module) Requested(i int) *Module { return m.requested[i] }

// Status returns the module's [[Status]].
func (m *Module) Status() ModuleStatus { return m.status }

// IsAsync reports whether the module body uses top-level await.
func (m *Module) IsAsync() bool { return m.Program != nil && m.Program.Module.Async }

func (m *Module) cyclic() bool { return m.Program != nil }

// ---------------------------------------------------------------------------
// Export resolution (§16.2.1.6.2, §16.2.1.6.3)

// resolved is a ResolvedBinding: a slot of a module's environment, or the
// module's namespace.
type resolved struct {
	mod       *Module
	slot      int
	namespace bool
}

var errAmbiguous = &resolved{}

// exportedNames is GetExportedNames.
func (m *Module) exportedNames(seen map[*Module]bool) []string {
	if !m.cyclic() {
		return m.exportNames
	}
	if seen[m] {
		return nil
	}
	seen[m] = true
	info := m.Program.Module
	var names []string
	for _, e := range info.LocalExports {
		names = append(names, e.Name)
	}
	for _, e := range info.IndirectExports {
		names = append(names, e.Name)
	}
	for _, r := range info.StarExports {
		for _, n := range m.requested[r].exportedNames(seen) {
			if n == "default" {
				continue
			}
			dup := false
			for _, have := range names {
				if have == n {
					dup = true
					break
				}
			}
			if !dup {
				names = append(names, n)
			}
		}
	}
	return names
}

type resolveKey struct {
	m    *Module
	name string
}

// resolveExport is ResolveExport: nil when not found, errAmbiguous when
// star exports conflict.
func (m *Module) resolveExport(name string, set map[resolveKey]bool) *resolved {
	if !m.cyclic() {
		if i, ok := m.slotOf[name]; ok {
			return &resolved{mod: m, slot: i}
		}
		return nil
	}
	k := resolveKey{m, name}
	if set[k] {
		return nil // a circular import request
	}
	set[k] = true
	info := m.Program.Module
	if s, ok := m.localSlot[name]; ok {
		return &resolved{mod: m, slot: s}
	}
	for _, e := range info.IndirectExports {
		if e.Name != name {
			continue
		}
		dep := m.requested[e.Request]
		if e.Import == "*" {
			return &resolved{mod: dep, namespace: true}
		}
		return dep.resolveExport(e.Import, set)
	}
	if name == "default" {
		return nil
	}
	var star *resolved
	for _, r := range info.StarExports {
		res := m.requested[r].resolveExport(name, set)
		if res == errAmbiguous {
			return errAmbiguous
		}
		if res == nil {
			continue
		}
		if star == nil {
			star = res
		} else if star.mod != res.mod || star.namespace != res.namespace || (!star.namespace && star.slot != res.slot) {
			return errAmbiguous
		}
	}
	return star
}

// ---------------------------------------------------------------------------
// Linking (§16.2.1.5.1)

// Link links m and every module it depends on. Every request must have
// its module set. A failure throws (a SyntaxError for a missing or
// ambiguous export) and leaves the modules unlinked.
func (rt *Runtime) Link(m *Module) {
	var stack []*Module
	exc := rt.Try(func() { rt.innerLink(m, &stack, 0) })
	if exc != nil {
		for _, s := range stack {
			s.status = ModuleUnlinked
			s.env = Undefined
		}
		panic(exc)
	}
}

func (rt *Runtime) innerLink(m *Module, stack *[]*Module, index int) int {
	if !m.cyclic() {
		return index
	}
	switch m.status {
	case ModuleLinking, ModuleLinked, ModuleEvaluatingAsync, ModuleEvaluated, ModuleEvaluating:
		return index
	}
	m.status = ModuleLinking
	m.dfsIndex, m.dfsAnc = index, index
	index++
	*stack = append(*stack, m)
	for i, dep := range m.requested {
		if dep == nil {
			rt.throwTypeError("module request '%s' was not loaded", m.Program.Module.Requests[i].Specifier)
		}
		index = rt.innerLink(dep, stack, index)
		if dep.cyclic() && dep.status == ModuleLinking && dep.dfsAnc < m.dfsAnc {
			m.dfsAnc = dep.dfsAnc
		}
	}
	rt.initializeModuleEnv(m)
	if m.dfsAnc == m.dfsIndex {
		for {
			top := (*stack)[len(*stack)-1]
			*stack = (*stack)[:len(*stack)-1]
			top.status = ModuleLinked
			if top == m {
				break
			}
		}
	}
	return index
}

// environment returns m's module environment, creating it (every binding
// uninitialised) on first use: an import may need the environment of a
// module of its cycle that is not initialised yet.
func (rt *Runtime) environment(m *Module) Value {
	if m.env == Undefined {
		layout := &m.Program.Module.Env
		m.env = rt.newEnv(Undefined, layout)
		slots := rt.vals(rt.obj(m.env).slots)
		for i, lex := range layout.Lexical {
			if lex {
				slots[i] = Empty
			}
		}
	}
	return m.env
}

// initializeModuleEnv is InitializeEnvironment (§16.2.1.6.4).
func (rt *Runtime) initializeModuleEnv(m *Module) {
	info := m.Program.Module
	for _, e := range info.IndirectExports {
		if e.Import == "*" {
			continue
		}
		if res := m.resolveExport(e.Name, map[resolveKey]bool{}); res == nil || res == errAmbiguous {
			rt.throwModuleExportError(info.Requests[e.Request].Specifier, e.Import, res == errAmbiguous, m.requested[e.Request], m, e.Line, e.Col, e.Len)
		}
	}
	env := rt.environment(m)
	for _, im := range info.Imports {
		dep := m.requested[im.Request]
		if im.Name == "*" {
			ns := rt.ModuleNamespace(dep)
			rt.vals(rt.obj(rt.environment(m)).slots)[im.Slot] = ns
			continue
		}
		res := dep.resolveExport(im.Name, map[resolveKey]bool{})
		if res == nil || res == errAmbiguous {
			rt.throwModuleExportError(info.Requests[im.Request].Specifier, im.Name, res == errAmbiguous, dep, m, im.Line, im.Col, im.Len)
		}
		var target Value
		slot := res.slot
		if res.namespace {
			// A binding to a namespace lives in an environment of its own.
			target = rt.newEnv(Undefined, &namespaceCellLayout)
			rt.vals(rt.obj(target).slots)[0] = rt.ModuleNamespace(res.mod)
			slot = 0
		} else if res.mod.cyclic() {
			target = rt.environment(res.mod)
		} else {
			target = res.mod.env
		}
		slots := rt.vals(rt.obj(env).slots)
		slots[im.Slot] = target
		slots[im.Slot+1] = gc.Int(slot)
	}
	for _, h := range info.Funcs {
		fn := rt.moduleClosure(m, m.Program.Main.Funcs[h.Func])
		rt.vals(rt.obj(env).slots)[h.Slot] = fn
	}
}

// moduleClosure makes a function of m's code over its environment, in
// m's realm when it has one: a function runs in the realm it was made in.
func (rt *Runtime) moduleClosure(m *Module, code *bytecode.Function) (fn Value) {
	if m.Realm == nil || m.Realm == rt.realm {
		return rt.newClosure(code, m.env)
	}
	rt.inRealm(m.Realm, func() { fn = rt.newClosure(code, m.env) })
	return fn
}

var namespaceCellLayout = bytecode.Const{Kind: bytecode.ConstScope, ConstLists: &bytecode.ConstLists{Names: []string{"*namespace*"}, Lexical: []bool{false}}}

// MissingExportMessager is implemented by host data of a module that has
// its own message for a missing named import (Node's, for CommonJS).
// statement is the source line that names the import, "" when unknown.
type MissingExportMessager interface {
	MissingExportMessage(specifier, name, statement string) string
}

// throwModuleExportError throws the SyntaxError of an import or re-export
// of m that dep cannot satisfy; line, col and n place its name in m's
// source (line 0 when unknown).
func (rt *Runtime) throwModuleExportError(specifier, name string, ambiguous bool, dep, m *Module, line, col, n int) {
	p := m.Program
	text := ""
	// A TypeScript module's positions are in the generated source, which
	// is not what the programmer sees: no arrow there.
	if line > 0 && p.OriginalSource == "" {
		text = SourceLine(p.Source, line)
	}
	msg := fmt.Sprintf("The requested module '%s' does not provide an export named '%s'", specifier, name)
	if ambiguous {
		msg = fmt.Sprintf("The requested module '%s' contains conflicting star exports for name '%s'", specifier, name)
	} else if mm, ok := dep.HostDefined.(MissingExportMessager); ok {
		if own := mm.MissingExportMessage(specifier, name, text); own != "" {
			msg = own
		}
	}
	e := rt.NewError(ErrSyntax, msg)
	// Node puts the statement's line, with carets under the name, in front
	// of the stack of an error of linking.
	if text != "" {
		// The carets line up under tab-indented code, as node's do.
		var indent strings.Builder
		for i, u := range utf16.Encode([]rune(text)) {
			if i >= col {
				break
			}
			if u == '\t' {
				indent.WriteByte('\t')
			} else {
				indent.WriteByte(' ')
			}
		}
		arrow := fmt.Sprintf("%s:%d\n%s\n%s%s\n", p.Filename, line, text, indent.String(), strings.Repeat("^", n))
		if stack := rt.Get(e, rt.atom("stack")); stack.IsString() {
			rt.Set(e, rt.atom("stack"), rt.NewString(arrow+rt.GoString(stack)), false)
		}
	}
	rt.Throw(e)
}

// getImport reads an import cell (the GetImport instruction).
func (rt *Runtime) getImport(env Value, slot int) Value {
	slots := rt.vals(rt.obj(env).slots)
	target, at := slots[slot], slots[slot+1]
	if !target.IsObject() || !at.IsNumber() {
		rt.throwReferenceError("import binding %s is not linked", rt.hostOf(rt.obj(env)).(*bytecode.Const).Names[slot])
	}
	tslots := rt.vals(rt.obj(target).slots)
	i := int(at.Float())
	if i < 0 || i >= len(tslots) {
		rt.throwReferenceError("import binding is corrupt")
	}
	v := tslots[i]
	if v == Empty {
		rt.throwReferenceError("Cannot access '%s' before initialization", rt.hostOf(rt.obj(env)).(*bytecode.Const).Names[slot])
	}
	return v
}

// ---------------------------------------------------------------------------
// Evaluation (§16.2.1.5.3)

// Evaluate evaluates m and its dependencies and returns a promise that
// settles when they have run (at once for a graph without top-level
// await: the promise is already settled when Evaluate returns).
func (rt *Runtime) Evaluate(m *Module) Value {
	if !m.cyclic() {
		p, res, rej := rt.newPromiseCapability()
		// The module's evaluation runs JavaScript, whose collections must
		// not free the capability only Go holds.
		pins := [3]Pin{rt.Pin(p), rt.Pin(res), rt.Pin(rej)}
		exc := rt.evaluateSynthetic(m)
		for _, pin := range pins {
			rt.Unpin(pin)
		}
		if exc != nil {
			rt.Call(rej, Undefined, exc.Value)
		} else {
			rt.Call(res, Undefined, Undefined)
		}
		return p
	}
	if m.status == ModuleEvaluatingAsync || m.status == ModuleEvaluated {
		if m.cycleRoot != nil {
			m = m.cycleRoot
		}
	}
	if m.capability[0] != Undefined {
		return m.capability[0]
	}
	p, res, rej := rt.newPromiseCapability()
	m.capability = [3]Value{p, res, rej}
	var stack []*Module
	var exc *Exception
	if e := rt.Try(func() { _, exc = rt.innerEvaluate(m, &stack, 0) }); e != nil {
		exc = e
	}
	if exc != nil {
		for _, s := range stack {
			s.status = ModuleEvaluated
			s.evalError, s.hasEvalError = exc.Value, true
			s.evalException = exc
		}
		rt.Call(rej, Undefined, exc.Value)
	} else if !m.asyncEvaluation {
		rt.Call(res, Undefined, Undefined)
	}
	return p
}

// FailEvaluation ends an evaluation of m that stopped without an
// exception of its own (a host's timeout terminated it): every module of
// its graph still evaluating is evaluated with error err, and m's
// evaluation promise, if it has one, is rejected with it.
func (rt *Runtime) FailEvaluation(m *Module, err Value) {
	seen := map[*Module]bool{}
	var walk func(d *Module)
	walk = func(d *Module) {
		if seen[d] || !d.cyclic() {
			return
		}
		seen[d] = true
		if d.status == ModuleEvaluating {
			d.status = ModuleEvaluated
			d.evalError, d.hasEvalError = err, true
			if d.capability[0] != Undefined {
				// The host throws err itself: the promise is not an
				// unhandled rejection.
				rt.Call(d.capability[2], Undefined, err)
				rt.Then(d.capability[0], nil, nil)
			}
		}
		for _, r := range d.requested {
			if r != nil {
				walk(r)
			}
		}
	}
	walk(m)
}

func (rt *Runtime) evaluateSynthetic(m *Module) *Exception {
	if !m.syntheticEvaluated {
		m.syntheticEvaluated = true
		m.status = ModuleEvaluated
		if exc := rt.Try(func() { m.evaluate(m) }); exc != nil {
			m.evalError, m.hasEvalError = exc.Value, true
		}
	}
	if m.hasEvalError {
		return &Exception{Value: m.evalError}
	}
	return nil
}

func (rt *Runtime) innerEvaluate(m *Module, stack *[]*Module, index int) (int, *Exception) {
	if !m.cyclic() {
		return index, rt.evaluateSynthetic(m)
	}
	switch m.status {
	case ModuleEvaluatingAsync, ModuleEvaluated:
		if m.hasEvalError {
			return index, &Exception{Value: m.evalError}
		}
		return index, nil
	case ModuleEvaluating:
		return index, nil
	}
	m.status = ModuleEvaluating
	m.dfsIndex, m.dfsAnc = index, index
	m.pendingAsync = 0
	index++
	*stack = append(*stack, m)
	for _, dep := range m.requested {
		var exc *Exception
		if index, exc = rt.innerEvaluate(dep, stack, index); exc != nil {
			return index, exc
		}
		if !dep.cyclic() {
			continue
		}
		if dep.status == ModuleEvaluating {
			if dep.dfsAnc < m.dfsAnc {
				m.dfsAnc = dep.dfsAnc
			}
		} else {
			dep = dep.cycleRoot
			if dep.hasEvalError {
				return index, &Exception{Value: dep.evalError}
			}
		}
		if dep.asyncEvaluation {
			m.pendingAsync++
			dep.asyncParents = append(dep.asyncParents, m)
		}
	}
	if m.pendingAsync > 0 || m.IsAsync() {
		m.asyncEvaluation = true
		rt.modules.asyncOrder++
		m.asyncOrder = rt.modules.asyncOrder
		if m.pendingAsync == 0 {
			rt.executeAsyncModule(m)
		}
	} else if exc := rt.Try(func() { rt.Call(rt.moduleClosure(m, m.Program.Main), Undefined) }); exc != nil {
		m.evalException = exc
		return index, exc
	}
	if m.dfsAnc == m.dfsIndex {
		for {
			top := (*stack)[len(*stack)-1]
			*stack = (*stack)[:len(*stack)-1]
			if top.asyncEvaluation {
				top.status = ModuleEvaluatingAsync
			} else {
				top.status = ModuleEvaluated
			}
			top.cycleRoot = m
			if top == m {
				break
			}
		}
	}
	return index, nil
}

// executeAsyncModule is ExecuteAsyncModule (§16.2.1.5.3.2): the body is an
// async function; its promise decides the module's fate.
func (rt *Runtime) executeAsyncModule(m *Module) {
	p := rt.Call(rt.moduleClosure(m, m.Program.Main), Undefined)
	onFul := rt.NewNativeFunction("", 0, func(rt *Runtime, _ Value, _ []Value) Value {
		rt.asyncModuleFulfilled(m)
		return Undefined
	})
	onRej := rt.NewNativeFunction("", 1, func(rt *Runtime, _ Value, args []Value) Value {
		rt.asyncModuleRejected(m, Arg(args, 0))
		return Undefined
	})
	rt.performThen(p, onFul, onRej, Undefined, Undefined)
}

// gatherAncestors is GatherAvailableAncestors (§16.2.1.5.3.3).
func (rt *Runtime) gatherAncestors(m *Module, list *[]*Module, in map[*Module]bool) {
	for _, p := range m.asyncParents {
		if in[p] || p.cycleRoot.hasEvalError {
			continue
		}
		p.pendingAsync--
		if p.pendingAsync == 0 {
			in[p] = true
			*list = append(*list, p)
			if !p.IsAsync() {
				rt.gatherAncestors(p, list, in)
			}
		}
	}
}

// asyncModuleFulfilled is AsyncModuleExecutionFulfilled (§16.2.1.5.3.4).
func (rt *Runtime) asyncModuleFulfilled(m *Module) {
	if m.status == ModuleEvaluated {
		return
	}
	m.asyncEvaluation = false
	m.status = ModuleEvaluated
	if m.capability[0] != Undefined {
		rt.Call(m.capability[1], Undefined, Undefined)
	}
	var list []*Module
	rt.gatherAncestors(m, &list, map[*Module]bool{})
	sort.Slice(list, func(i, j int) bool { return list[i].asyncOrder < list[j].asyncOrder })
	for _, p := range list {
		if p.status == ModuleEvaluated {
			continue
		}
		if p.IsAsync() {
			rt.executeAsyncModule(p)
			continue
		}
		if exc := rt.Try(func() { rt.Call(rt.moduleClosure(p, p.Program.Main), Undefined) }); exc != nil {
			rt.asyncModuleRejected(p, exc.Value)
			continue
		}
		p.asyncEvaluation = false
		p.status = ModuleEvaluated
		if p.capability[0] != Undefined {
			rt.Call(p.capability[1], Undefined, Undefined)
		}
	}
}

// asyncModuleRejected is AsyncModuleExecutionRejected (§16.2.1.5.3.5).
func (rt *Runtime) asyncModuleRejected(m *Module, err Value) {
	if m.status == ModuleEvaluated {
		return
	}
	m.evalError, m.hasEvalError = err, true
	m.status = ModuleEvaluated
	for _, p := range m.asyncParents {
		rt.asyncModuleRejected(p, err)
	}
	if m.capability[0] != Undefined {
		rt.Call(m.capability[2], Undefined, err)
	}
}

// ---------------------------------------------------------------------------
// Namespace objects (§10.4.6)

type namespaceData struct {
	mod   *Module
	names []string
	index map[PropKey]int
	binds []*resolved
}

// ModuleNamespace returns m's namespace object (GetModuleNamespace,
// §16.2.1.10), making it on first use.
func (rt *Runtime) ModuleNamespace(m *Module) Value {
	if m.namespace != Undefined {
		return m.namespace
	}
	d := &namespaceData{mod: m, index: map[PropKey]int{}}
	for _, n := range m.exportedNames(map[*Module]bool{}) {
		if res := m.resolveExport(n, map[resolveKey]bool{}); res != nil && res != errAmbiguous {
			d.names = append(d.names, n)
		}
	}
	sort.Slice(d.names, func(i, j int) bool { return lessUTF16(d.names[i], d.names[j]) })
	d.binds = make([]*resolved, len(d.names))
	for i, n := range d.names {
		d.index[rt.keyFor(n)] = i
	}
	v, o := rt.newObjectCell(ClassNamespace, Null)
	rt.setHost(o, d)
	m.namespace = v
	rt.defineOwnProperty(v, rt.wellKnown.toStringTag, dataDesc(rt.NewString("Module"), 0), false)
	o = rt.obj(v)
	o.flags &^= objExtensible
	return v
}

func lessUTF16(a, b string) bool {
	x, y := utf16.Encode([]rune(a)), utf16.Encode([]rune(b))
	for i := 0; i < len(x) && i < len(y); i++ {
		if x[i] != y[i] {
			return x[i] < y[i]
		}
	}
	return len(x) < len(y)
}

func (rt *Runtime) namespaceOf(o *Object) *namespaceData {
	return rt.hostOf(o).(*namespaceData)
}

// namespaceValue reads export i of a namespace, throwing in its TDZ.
func (rt *Runtime) namespaceValue(d *namespaceData, i int) Value {
	b := d.binds[i]
	if b == nil {
		b = d.mod.resolveExport(d.names[i], map[resolveKey]bool{})
		d.binds[i] = b
	}
	if b.namespace {
		return rt.ModuleNamespace(b.mod)
	}
	env := b.mod.env
	if env == Undefined {
		rt.throwReferenceError("Cannot access '%s' before initialization", d.names[i])
	}
	v := rt.vals(rt.obj(env).slots)[b.slot]
	if v == Empty {
		rt.throwReferenceError("Cannot access '%s' before initialization", d.names[i])
	}
	return v
}

// namespaceKey finds the export a string key names.
func (rt *Runtime) namespaceKey(d *namespaceData, key PropKey) (int, bool) {
	if key.IsSymbol() {
		return 0, false
	}
	if key.IsNumber() {
		key = rt.keyFor(rt.keyString(key))
	}
	i, ok := d.index[key]
	return i, ok
}

// namespaceGetOwn is [[GetOwnProperty]]: handled is false for symbols,
// which are ordinary properties.
func (rt *Runtime) namespaceGetOwn(o *Object, key PropKey) (PropDesc, bool, bool) {
	if key.IsSymbol() {
		return PropDesc{}, false, false
	}
	d := rt.namespaceOf(o)
	i, ok := rt.namespaceKey(d, key)
	if !ok {
		return PropDesc{}, false, true
	}
	return dataDesc(rt.namespaceValue(d, i), attrWritable|attrEnumerable), true, true
}

// namespaceDefineOwn is [[DefineOwnProperty]] (§10.4.6.6).
func (rt *Runtime) namespaceDefineOwn(ov Value, o *Object, key PropKey, desc PropDesc) bool {
	if key.IsSymbol() {
		return rt.ordinaryDefineOwn(o, key, desc)
	}
	cur, found, _ := rt.namespaceGetOwn(o, key)
	if !found {
		return false
	}
	if desc.Has&hasConfigurable != 0 && desc.Attrs&attrConfigurable != 0 {
		return false
	}
	if desc.Has&hasEnumerable != 0 && desc.Attrs&attrEnumerable == 0 {
		return false
	}
	if desc.Has&(hasGet|hasSet) != 0 {
		return false
	}
	if desc.Has&hasWritable != 0 && desc.Attrs&attrWritable == 0 {
		return false
	}
	if desc.Has&hasValue != 0 {
		return sameValue(rt, desc.Value, cur.Value)
	}
	return true
}

// namespaceKeys is [[OwnPropertyKeys]]: the export names, then symbols.
func (rt *Runtime) namespaceKeys(o *Object) []PropKey {
	d := rt.namespaceOf(o)
	keys := make([]PropKey, 0, len(d.names)+1)
	for _, n := range d.names {
		keys = append(keys, rt.keyFor(n))
	}
	for _, k := range rt.shp(o).keys {
		if k.IsSymbol() {
			keys = append(keys, k)
		}
	}
	return keys
}

// IsModuleNamespace reports whether v is a module namespace object.
func (rt *Runtime) IsModuleNamespace(v Value) bool {
	return v.IsObject() && rt.obj(v).class == ClassNamespace
}

// ---------------------------------------------------------------------------
// Host helpers

// LoadRequested loads, depth first, every module m depends on that is not
// loaded yet: load returns the module for one request of referrer (the same
// *Module for the same file, so cycles close). The first error stops it.
func (rt *Runtime) LoadRequested(m *Module, load func(referrer *Module, req bytecode.ModuleRequest) (*Module, error)) error {
	seen := map[*Module]bool{}
	var walk func(m *Module) error
	walk = func(m *Module) error {
		if seen[m] || !m.cyclic() {
			return nil
		}
		seen[m] = true
		for i, req := range m.Program.Module.Requests {
			if m.requested[i] == nil {
				dep, err := load(m, req)
				if err != nil {
					return err
				}
				m.requested[i] = dep
			}
			if err := walk(m.requested[i]); err != nil {
				return err
			}
		}
		return nil
	}
	return walk(m)
}

// ImportModule links and evaluates a loaded module for import() and
// returns a promise for its namespace (ContinueDynamicImport, §16.2.1.9):
// a link error or an evaluation error rejects it. Hosts load modules
// asynchronously, so linking and evaluation start from a job, never
// inside the import() call: a module the running graph has yet to reach
// is evaluated in its turn, not by the import() that names it.
func (rt *Runtime) ImportModule(m *Module) Value {
	defer rt.rootScope()()
	p, res, rej := rt.newPromiseCapability()
	// The closures use res and rej; the job and then the reactions keep
	// them alive through held.
	held := rt.NewArray([]Value{res, rej})
	start := rt.NewNativeFunction("", 0, func(rt *Runtime, _ Value, _ []Value) Value {
		if exc := rt.Try(func() { rt.Link(m) }); exc != nil {
			rt.Call(rej, Undefined, exc.Value)
			return Undefined
		}
		ev := rt.Evaluate(m)
		onFul := rt.NewNativeFunction("", 0, func(rt *Runtime, _ Value, _ []Value) Value {
			rt.Call(res, Undefined, rt.ModuleNamespace(m))
			return Undefined
		})
		onRej := rt.NewNativeFunction("", 1, func(rt *Runtime, _ Value, args []Value) Value {
			rt.Call(rej, Undefined, Arg(args, 0))
			return Undefined
		})
		rt.obj(onFul).v0 = held
		rt.obj(onRej).v0 = held
		rt.performThen(ev, onFul, onRej, Undefined, Undefined)
		return Undefined
	})
	rt.obj(start).v0 = held
	rt.EnqueueCall(start, Undefined)
	return p
}

// RejectedPromise returns a promise rejected with reason.
func (rt *Runtime) RejectedPromise(reason Value) Value {
	p, _, rej := rt.newPromiseCapability()
	rt.Call(rej, Undefined, reason)
	return p
}

// EvaluationError returns the error a module's evaluation threw, if any.
func (m *Module) EvaluationError() (Value, bool) { return m.evalError, m.hasEvalError }

// EvaluationException returns the exception a module body threw while it
// was evaluated synchronously, with the place it was thrown.
func (m *Module) EvaluationException() (*Exception, bool) {
	return m.evalException, m.evalException != nil
}

// GraphIsAsync reports whether m or a module it imports, directly or not,
// uses top-level await.
func (rt *Runtime) GraphIsAsync(m *Module) bool {
	seen := map[*Module]bool{}
	var walk func(m *Module) bool
	walk = func(m *Module) bool {
		if seen[m] || !m.cyclic() {
			return false
		}
		seen[m] = true
		if m.IsAsync() {
			return true
		}
		for _, d := range m.requested {
			if d != nil && walk(d) {
				return true
			}
		}
		return false
	}
	return walk(m)
}
