package stdlib

import (
	"github.com/kilnjs/kiln/parser"
)

// cjsExportNames finds, without running it, the names a CommonJS module
// exports, for named imports of it from ES modules. Like Node's own
// detection it recognises the forms compilers and people write at the top
// level (inside blocks, ifs and an immediately called wrapper function
// too): exports.a = / module.exports.a = / exports['a'] =,
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
	f := &cjsFinder{seen: map[string]bool{}, required: map[string]string{}}
	f.stmts(prog.Body, 0)
	return f.names, f.reexports
}

type cjsFinder struct {
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

func (f *cjsFinder) stmts(list []parser.Stmt, depth int) {
	for _, s := range list {
		f.stmt(s, depth)
	}
}

func (f *cjsFinder) stmt(s parser.Stmt, depth int) {
	switch s := s.(type) {
	case *parser.ExprStmt:
		f.expr(s.X, depth)
	case *parser.Block:
		f.stmts(s.Body, depth)
	case *parser.If:
		f.stmt(s.Cons, depth)
		if s.Alt != nil {
			f.stmt(s.Alt, depth)
		}
	case *parser.VarDecl:
		for _, d := range s.Decls {
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
	}
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

func (f *cjsFinder) expr(e parser.Expr, depth int) {
	switch e := e.(type) {
	case *parser.Assign:
		if m, ok := e.Target.(*parser.Member); ok {
			if isExportsObject(m.Object) {
				f.add(memberName(m))
			} else if isIdent(m.Object, "module") && memberName(m) == "exports" {
				if spec := requireOf(e.Value); spec != "" {
					f.reexports = append(f.reexports, spec)
				}
				if o, ok := e.Value.(*parser.Object); ok {
					for _, p := range o.Props {
						if p.Kind == parser.PropSpread {
							if spec := requireOf(p.Value); spec != "" {
								f.reexports = append(f.reexports, spec)
							}
							continue
						}
						if !p.Computed {
							if s, ok := p.Key.(*parser.String); ok {
								f.add(s.Text)
							}
						}
					}
				}
			}
		}
		f.expr(e.Value, depth)
	case *parser.Sequence:
		for _, x := range e.Exprs {
			f.expr(x, depth)
		}
	case *parser.Binary:
		f.expr(e.Left, depth)
		f.expr(e.Right, depth)
	case *parser.Unary:
		f.expr(e.X, depth)
	case *parser.Call:
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
			return
		}
		// An immediately called wrapper: look inside its body once.
		if fn, ok := e.Callee.(*parser.Function); ok && depth == 0 {
			f.stmts(fn.Body, depth+1)
		}
		for _, a := range e.Args {
			if fn, ok := a.(*parser.Function); ok && depth == 0 && len(fn.Params) > 0 {
				f.stmts(fn.Body, depth+1)
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
