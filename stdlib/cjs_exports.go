package stdlib

import (
	"github.com/kilnjs/kiln/parser"
)

// cjsExportNames finds, without running it, the names a CommonJS module
// exports, for named imports of it from ES modules. Like Node's own
// detection, a lexer that scans the whole source, it recognises the forms
// compilers and people write wherever they stand (in any statement or
// expression, inside functions too: pngjs's `let PNG = (exports.PNG =
// function …)`): exports.a = / module.exports.a = / exports['a'] =,
// Object.defineProperty(exports, 'a', …), module.exports = { a, b: … },
// and esbuild's `0 && (module.exports = { a, b })` annotation. It also
// returns the specifiers of the modules whose names it re-exports, as Node's
// lexer does: module.exports = require('x'), ...require('x') in an object
// assigned to module.exports (esbuild's annotation), and the helpers
// compilers emit (__exportStar(require('x'), exports) of TypeScript and
// tslib, and the older __export(require('x'))), and the loop Babel, Rollup
// and preconstruct write: `var _x = require('x')` then
// `Object.keys(_x).forEach(function (k) { … exports[k] = _x[k] … })` or
// `Object.defineProperty(exports, k, …)` in its body (as Node's lexer, not
// with an arrow function). What it misses is still reachable through the
// default export.
func cjsExportNames(src, file string) (names, reexports []string) {
	prog, err := parser.Parse(src, file, parser.Options{AllowReturnOutsideFunction: true})
	if err != nil {
		return nil, nil
	}
	f := &cjsFinder{src: src, seen: map[string]bool{}, required: map[string]string{}}
	for _, s := range prog.Body {
		parser.Walk(s, f.visit)
	}
	return f.names, f.reexports
}

type cjsFinder struct {
	src       string
	names     []string
	seen      map[string]bool
	reexports []string
	// required maps a variable declared as `require('x')` (or a helper's
	// wrapping of it, _interopRequireWildcard(require('x'))) to 'x'.
	required map[string]string
}

// requireOf is the specifier of require('x'), "" for anything else.
func requireOf(e parser.Expr) string {
	c, ok := e.(*parser.Call)
	if !ok || !isIdent(c.Callee, "require") || len(c.Args) != 1 {
		return ""
	}
	if s, ok := c.Args[0].(*parser.String); ok {
		return s.Text
	}
	return ""
}

// reexportHelpers are the functions compilers call to copy a required
// module's exports onto exports.
func isReexportHelper(callee parser.Expr) bool {
	name := ""
	switch c := callee.(type) {
	case *parser.Identifier:
		name = c.Name
	case *parser.Member:
		name = memberName(c)
	}
	return name == "__exportStar" || name == "__export"
}

func (f *cjsFinder) add(name string) {
	if name != "" && !f.seen[name] {
		f.seen[name] = true
		f.names = append(f.names, name)
	}
}

// visit matches one node against the forms; Walk brings every node of the
// module to it, nested functions included, as Node's lexer scans the whole
// source.
func (f *cjsFinder) visit(n parser.Node) bool {
	switch n := n.(type) {
	case *parser.VarDecl:
		for _, d := range n.Decls {
			id, ok := d.Target.(*parser.Identifier)
			if !ok {
				continue
			}
			init := d.Init
			if c, ok := init.(*parser.Call); ok && len(c.Args) == 1 && requireOf(c) == "" {
				init = c.Args[0]
			}
			if spec := requireOf(init); spec != "" {
				f.required[id.Name] = spec
			}
		}
	case *parser.Assign:
		if n.Op == parser.AssignPlain {
			f.assign(n)
		}
	case *parser.Call:
		f.call(n)
	}
	return true
}

// keysReexport is the specifier that `Object.keys(_x).forEach(function
// (k) { … })` copies onto exports, "" when c is not such a loop.
func (f *cjsFinder) keysReexport(c *parser.Call) string {
	m, ok := c.Callee.(*parser.Member)
	if !ok || memberName(m) != "forEach" || len(c.Args) != 1 {
		return ""
	}
	keys, ok := m.Object.(*parser.Call)
	if !ok || len(keys.Args) != 1 {
		return ""
	}
	km, ok := keys.Callee.(*parser.Member)
	if !ok || !isIdent(km.Object, "Object") || memberName(km) != "keys" {
		return ""
	}
	src, ok := keys.Args[0].(*parser.Identifier)
	if !ok || f.required[src.Name] == "" {
		return ""
	}
	fn, ok := c.Args[0].(*parser.Function)
	if !ok || fn.IsArrow || len(fn.Params) != 1 {
		return ""
	}
	key, ok := fn.Params[0].(*parser.Identifier)
	if !ok || !writesExportsAt(fn.Body, key.Name) {
		return ""
	}
	return f.required[src.Name]
}

// writesExportsAt reports whether the statements (ifs and blocks
// included) assign exports[key] or define it with Object.defineProperty.
func writesExportsAt(list []parser.Stmt, key string) bool {
	for _, s := range list {
		switch s := s.(type) {
		case *parser.ExprStmt:
			switch e := s.X.(type) {
			case *parser.Assign:
				if m, ok := e.Target.(*parser.Member); ok && isExportsObject(m.Object) && isIdent(m.Index, key) {
					return true
				}
			case *parser.Call:
				if m, ok := e.Callee.(*parser.Member); ok && isIdent(m.Object, "Object") && memberName(m) == "defineProperty" &&
					len(e.Args) >= 2 && isExportsObject(e.Args[0]) && isIdent(e.Args[1], key) {
					return true
				}
			}
		case *parser.Block:
			if writesExportsAt(s.Body, key) {
				return true
			}
		case *parser.If:
			if writesExportsAt([]parser.Stmt{s.Cons}, key) {
				return true
			}
		}
	}
	return false
}

// assign matches exports.a = …, module.exports.a = … and module.exports =
// require('x') or { a, b: …, ...require('x') }.
func (f *cjsFinder) assign(e *parser.Assign) {
	m, ok := e.Target.(*parser.Member)
	if !ok {
		return
	}
	if isExportsObject(m.Object) {
		f.add(memberName(m))
		return
	}
	if !isIdent(m.Object, "module") || memberName(m) != "exports" {
		return
	}
	if spec := requireOf(e.Value); spec != "" {
		f.reexports = append(f.reexports, spec)
	}
	if o, ok := e.Value.(*parser.Object); ok {
		f.objectLiteral(o)
	}
}

// objectLiteral takes the names of an object literal assigned to
// module.exports as Node's lexer reads them, property by property until one
// it cannot follow: a name or 'string' key with no value or a one-word
// value (an identifier, true, this) goes on; one whose value only starts
// with a word (x.y, function () {}) is taken and ends the list, as does a
// method (its first word: get, set, async or the name); a value that does
// not start with a word (1, 'x', (a) => a) ends it without being taken.
// ...require('x') re-exports x; ...name is passed over.
func (f *cjsFinder) objectLiteral(o *parser.Object) {
	for _, p := range o.Props {
		switch {
		case p.Kind == parser.PropSpread:
			if spec := requireOf(p.Value); spec != "" {
				f.reexports = append(f.reexports, spec)
				continue
			}
			if _, ok := p.Value.(*parser.Identifier); ok {
				continue
			}
			return
		case p.Computed:
			return
		case p.Kind != parser.PropInit && p.Kind != parser.PropShorthand:
			f.add(f.wordAt(p.Loc.Start))
			return
		}
		key, ok := p.Key.(*parser.String)
		if !ok {
			return
		}
		switch p.Value.(type) {
		case *parser.Identifier, *parser.Boolean, *parser.Null, *parser.This:
			f.add(key.Text)
			continue
		}
		if f.wordAt(p.Value.NodeLoc().Start) != "" {
			f.add(key.Text)
		}
		return
	}
}

// wordAt is the identifier or keyword that starts at byte offset i of the
// source, "" when none does.
func (f *cjsFinder) wordAt(i int32) string {
	end := int(i)
	for end < len(f.src) {
		c := f.src[end]
		if c == '$' || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' && end > int(i) || c >= 0x80 {
			end++
			continue
		}
		break
	}
	return f.src[i:end]
}

// call matches Object.defineProperty(exports, 'a', …), the re-export
// helpers and Object.keys(_x).forEach loops.
func (f *cjsFinder) call(e *parser.Call) {
	if m, ok := e.Callee.(*parser.Member); ok && isIdent(m.Object, "Object") && memberName(m) == "defineProperty" && len(e.Args) >= 2 && isExportsObject(e.Args[0]) {
		if s, ok := e.Args[1].(*parser.String); ok {
			f.add(s.Text)
		}
		return
	}
	if spec := f.keysReexport(e); spec != "" {
		f.reexports = append(f.reexports, spec)
		return
	}
	if isReexportHelper(e.Callee) {
		for _, a := range e.Args {
			if spec := requireOf(a); spec != "" {
				f.reexports = append(f.reexports, spec)
			}
		}
	}
}

// isExportsObject matches `exports` and `module.exports`.
func isExportsObject(e parser.Expr) bool {
	if isIdent(e, "exports") {
		return true
	}
	m, ok := e.(*parser.Member)
	return ok && isIdent(m.Object, "module") && memberName(m) == "exports"
}

func isIdent(e parser.Expr, name string) bool {
	id, ok := e.(*parser.Identifier)
	return ok && id.Name == name
}

// memberName is the static property name of a member expression, "" when
// it is computed from anything but a string literal.
func memberName(m *parser.Member) string {
	if m.Index == nil {
		return m.Name
	}
	if s, ok := m.Index.(*parser.String); ok {
		return s.Text
	}
	return ""
}
