package compiler

import (
	"strings"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/parser"
)

// ECMAScript modules. A module compiles to a Program whose Module record
// describes its environment and its imports and exports (ECMA-262
// §16.2.1.6). The VM creates the module environment from Module.Env when
// it links the module, makes the hoisted function declarations in it, and
// fills every import cell with the environment and slot of the binding the
// import resolves to; Main is the module body, a closure over that
// environment (level 1), run when the module is evaluated.
//
// Bindings other modules can see (exports), imports, function
// declarations and captured bindings live in the module environment; the
// rest of the top level gets registers, as in any function.

// Module compiles a program parsed as a module.
func Module(prog *parser.Program, opts Options) (*bytecode.Program, error) {
	if prog == nil || !prog.IsModule {
		return nil, errorString("compiler: Module needs a program parsed as a module")
	}
	return compile(prog, opts, modeModule, nil)
}

type errorString string

func (e errorString) Error() string { return string(e) }

// moduleTop compiles a module body into f (see compileTop).
func (f *fstate) moduleTop() {
	c := f.c
	prog := c.prog
	scope := prog.Scope
	m := &bytecode.Module{}
	c.out.Module = m
	f.async = prog.Features&parser.FeatureTopLevelAwait != 0
	if f.async {
		f.fn.Kind = bytecode.KindAsync
		m.Async = true
	}
	f.level, f.baseLevel = 1, 1

	// The requests, in source order, one per distinct specifier and
	// attribute list (§16.2.1.3 ModuleRequests).
	request := func(spec string, attrs []*parser.ImportAttribute) int {
		var as []bytecode.ImportAttribute
		for _, a := range attrs {
			as = append(as, bytecode.ImportAttribute{Key: a.Key, Value: a.Value})
		}
	next:
		for i, r := range m.Requests {
			if r.Specifier != spec || len(r.Attributes) != len(as) {
				continue
			}
			for j := range as {
				if r.Attributes[j] != as[j] {
					continue next
				}
			}
			return i
		}
		m.Requests = append(m.Requests, bytecode.ModuleRequest{Specifier: spec, Attributes: as})
		return len(m.Requests) - 1
	}
	// importOf is an import binding's request and name, and where the
	// statement names it: [start, end) of the imported name as written,
	// or of the local name of a default import.
	type importOf struct {
		request    int
		name       string
		start, end int32
	}
	imports := map[*parser.Binding]importOf{}
	exported := map[*parser.Binding]bool{}
	for _, st := range prog.Body {
		switch t := st.(type) {
		case *parser.ImportDecl:
			r := request(t.Source, t.Attributes)
			if t.Default != nil {
				imports[t.Default.Binding] = importOf{r, "default", t.Default.Loc.Start, t.Default.Loc.End}
			}
			if t.Namespace != nil {
				imports[t.Namespace.Binding] = importOf{r, "*", 0, 0}
			}
			for _, sp := range t.Specifiers {
				imports[sp.Local.Binding] = importOf{r, sp.Imported, sp.Loc.Start, nameEnd(prog.Source, sp.Loc.Start)}
			}
		case *parser.ExportNamed:
			if t.HasSource {
				request(t.Source, t.Attributes)
			}
			for _, sp := range t.Specifiers {
				if sp.Ref != nil && sp.Ref.Binding != nil {
					exported[sp.Ref.Binding] = true
				}
			}
		case *parser.ExportAll:
			request(t.Source, t.Attributes)
		case *parser.ExportDecl:
			forEachDeclared(t.Decl, func(id *parser.Identifier) { exported[id.Binding] = true })
		case *parser.ExportDefault:
			exported[t.Binding] = true
		}
	}

	sr := &scopeRec{s: scope, mark: f.top, env: &envRec{level: 1}}
	for _, b := range scope.Bindings {
		// "*default*" is a lexical binding too (§16.2.1.6.4 step 24.b).
		lexical := b.Kind.IsLexical() || b.Kind == parser.BindDefault
		loc := &varLoc{name: b.Name, owner: f, lexical: lexical,
			immutable: b.Kind == parser.BindConst || b.Kind == parser.BindImport}
		switch imp, isImport := imports[b]; {
		case isImport && imp.name != "*":
			sr.addSlot(loc, b.Name, false)
			sr.addSlot(&varLoc{}, "", false) // the cell's second slot: the target's slot number
			loc.kind = locImport
			loc.lexical = false // GetImport checks the target binding itself
			line, col, n := spanOf(prog, imp.start, imp.end)
			m.Imports = append(m.Imports, bytecode.ModuleImport{Request: imp.request, Name: imp.name, Slot: loc.slot,
				Line: line, Col: col, Len: n})
		case isImport:
			// A namespace import is initialised at link time: no TDZ.
			sr.addSlot(loc, b.Name, false)
			loc.lexical = false
			m.Imports = append(m.Imports, bytecode.ModuleImport{Request: imp.request, Name: "*", Slot: loc.slot})
		case exported[b] || b.Kind == parser.BindFunction || c.inEnv(b):
			sr.addSlot(loc, b.Name, lexical)
		default:
			loc.kind = locReg
			loc.reg = f.alloc()
		}
		c.locs.set(b, loc)
	}
	use := arrowPseudo(scope)
	if scope.HasDirectEval {
		use = pseudoUse{true, true, true, true}
	}
	for k, u := range use {
		if u {
			f.pseudo[k] = f.synthSlot(sr, pseudoNames[k], false)
		}
	}

	for _, st := range prog.Body {
		switch t := st.(type) {
		case *parser.ExportNamed:
			for _, sp := range t.Specifiers {
				if t.HasSource {
					line, col, n := spanOf(prog, sp.Loc.Start, nameEnd(prog.Source, sp.Loc.Start))
					m.IndirectExports = append(m.IndirectExports, bytecode.IndirectExport{Name: sp.Exported, Request: request(t.Source, t.Attributes), Import: sp.Local,
						Line: line, Col: col, Len: n})
					continue
				}
				b := sp.Ref.Binding
				if imp, ok := imports[b]; ok {
					// Re-exporting an import resolves to the binding it
					// imports (§16.2.1.7.1 ParseModule step 10.b.ii); a
					// re-exported namespace import to the namespace, so
					// that two paths to it are not ambiguous.
					m.IndirectExports = append(m.IndirectExports, bytecode.IndirectExport{Name: sp.Exported, Request: imp.request, Import: imp.name})
					continue
				}
				m.LocalExports = append(m.LocalExports, bytecode.LocalExport{Name: sp.Exported, Slot: c.locs.get(b).slot})
			}
		case *parser.ExportAll:
			r := request(t.Source, t.Attributes)
			if t.HasAlias {
				m.IndirectExports = append(m.IndirectExports, bytecode.IndirectExport{Name: t.Exported, Request: r, Import: "*"})
			} else {
				m.StarExports = append(m.StarExports, r)
			}
		case *parser.ExportDecl:
			forEachDeclared(t.Decl, func(id *parser.Identifier) {
				m.LocalExports = append(m.LocalExports, bytecode.LocalExport{Name: id.Name, Slot: c.locs.get(id.Binding).slot})
			})
		case *parser.ExportDefault:
			m.LocalExports = append(m.LocalExports, bytecode.LocalExport{Name: "default", Slot: c.locs.get(t.Binding).slot})
		}
	}

	// Function declarations are made at link time (§16.2.1.6.4
	// InitializeEnvironment step 24), before any module of the graph runs.
	for _, st := range prog.Body {
		var fd *parser.FunctionDecl
		name := ""
		switch t := st.(type) {
		case *parser.FunctionDecl:
			fd = t
		case *parser.ExportDecl:
			fd, _ = t.Decl.(*parser.FunctionDecl)
		case *parser.ExportDefault:
			fd, _ = t.Decl.(*parser.FunctionDecl)
			name = "default"
		}
		if fd == nil {
			continue
		}
		b := fd.Func.Name
		var loc *varLoc
		if b != nil {
			name = b.Name
			loc = c.locs.get(b.Binding)
		} else {
			loc = c.locs.get(st.(*parser.ExportDefault).Binding)
		}
		idx := f.addFunc(c.functionOrDeferred(f, fd.Func, name))
		m.Funcs = append(m.Funcs, bytecode.HoistedFunc{Func: idx, Slot: loc.slot})
		f.setInited(loc)
	}
	m.Env = bytecode.Const{Kind: bytecode.ConstScope, ConstLists: &bytecode.ConstLists{Names: sr.names, Lexical: sr.lexical}}
	if m.Env.Names == nil {
		m.Env.Names, m.Env.Lexical = []string{}, []bool{}
	}

	f.copyPseudo()
	for _, b := range scope.Bindings {
		if l := c.locs.get(b); l.kind == locReg && l.lexical {
			f.emit(bytecode.OpLoadEmpty, l.reg, 0, 0)
		}
	}
	f.stmts(prog.Body)
	f.emitReturnUndef()
}

// moduleItem compiles an import or export declaration of a module body.
func (f *fstate) moduleItem(s parser.Stmt) {
	switch t := s.(type) {
	case *parser.ImportDecl, *parser.ExportNamed, *parser.ExportAll:
		// Linking does all of their work.
	case *parser.ExportDecl:
		f.stmt(t.Decl)
	case *parser.ExportDefault:
		switch d := t.Decl.(type) {
		case nil:
			v := f.alloc()
			f.exprNamed(t.Expr, v, "default")
			f.initBinding(t.Binding, "*default*", v)
			f.top--
		case *parser.FunctionDecl:
			// Made at link time.
		case *parser.ClassDecl:
			v := f.alloc()
			f.class(d.Class, v, "default", true)
			f.initBinding(t.Binding, t.Binding.Name, v)
			f.top--
		}
	}
}

// forEachDeclared calls fn for each name a declaration binds.
func forEachDeclared(d parser.Stmt, fn func(id *parser.Identifier)) {
	switch d := d.(type) {
	case *parser.VarDecl:
		for _, dd := range d.Decls {
			parser.ForEachBoundIdent(dd.Target, fn)
		}
	case *parser.FunctionDecl:
		fn(d.Func.Name)
	case *parser.ClassDecl:
		fn(d.Class.Name)
	}
}

// nameEnd is where the module export name starting at start in src ends:
// an identifier, or a string literal in quotes.
func nameEnd(src string, start int32) int32 {
	i := int(start)
	if i < len(src) && (src[i] == '"' || src[i] == '\'') {
		if j := strings.IndexByte(src[i+1:], src[i]); j >= 0 {
			return int32(i + j + 2)
		}
		return start
	}
	for i < len(src) {
		c := src[i]
		if c == '$' || c == '_' || c == '\\' || c >= 0x80 || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			i++
			continue
		}
		break
	}
	return int32(i)
}

// spanOf is [start, end) of prog's source as a line, a column and a
// length in UTF-16 units (at least 1), for the arrow of a link error.
func spanOf(prog *parser.Program, start, end int32) (line, col, n int) {
	line, col = prog.LineCol(start)
	_, endCol := prog.LineCol(end)
	return line, col, max(endCol-col, 1)
}
