// Command lazyinit rewrites esbuild's package-level tables so that they are
// built on first use instead of at package initialisation, which every kiln
// process paid for. See third_party/esbuild/README.kiln.md.
//
// Usage: go run ./third_party/lazyinit DIR
//
// DIR is a copy of the esbuild module. In every package under DIR, a
// package-level variable initialised with a map literal or a call to
// regexp.MustCompile becomes a plain declaration, and its initialisation
// moves to a function that the package's InitTables (in a new file
// lazy_tables.go) calls in source order. pkg/api gets initTablesOnce, which
// runs every package's InitTables once, and each of its entry points calls it
// first.
//
// The tool refuses to rewrite (exit 1) where the change could alter
// behaviour: a rewritten variable read by code that runs during package
// initialisation (another initializer, an init function, or a package-level
// function they call, in any package), since that runs before the tables are
// built.
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

const modPath = "github.com/evanw/esbuild"

// entryPoints are pkg/api's functions that reach esbuild's internals.
var entryPoints = []string{"Build", "Transform", "Context", "FormatMessages", "AnalyzeMetafile"}

type lazyVar struct {
	name       string
	start, end token.Pos // the "var" spec's value expression
	specStart  token.Pos
	typ        string // the declared type, from the literal or MustCompile
}

type pkgInfo struct {
	dir   string
	name  string
	files map[string]*ast.File
	fset  *token.FileSet
	vars  map[string][]lazyVar // file → its rewritten variables
	order []string             // variable names in source order
	fixed map[string]bool      // files left as they are
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: lazyinit DIR")
		os.Exit(2)
	}
	root := os.Args[1]
	var pkgs []*pkgInfo
	shared := token.NewFileSet()
	filepath.Walk(root, func(path string, fi os.FileInfo, err error) error {
		if err != nil || !fi.IsDir() {
			return err
		}
		if p := load(shared, path); p != nil {
			pkgs = append(pkgs, p)
		}
		return nil
	})
	c := &checker{lazy: map[string]int{}, funcs: map[string]fileFunc{}, visited: map[string]bool{}}
	for _, p := range pkgs {
		rel, _ := filepath.Rel(root, p.dir)
		path := modPath + "/" + filepath.ToSlash(rel)
		for i, name := range p.order {
			c.lazy[path+"."+name] = i
		}
		for _, f := range p.files {
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name != "init" {
					c.funcs[path+"."+fd.Name.Name] = fileFunc{fd, f, path}
				}
			}
		}
	}
	for _, p := range pkgs {
		rel, _ := filepath.Rel(root, p.dir)
		path := modPath + "/" + filepath.ToSlash(rel)
		for _, f := range p.files {
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.GenDecl:
					if d.Tok != token.VAR {
						continue
					}
					for _, s := range d.Specs {
						vs := s.(*ast.ValueSpec)
						for i, v := range vs.Values {
							before := -1
							if j, ok := c.lazy[path+"."+vs.Names[i].Name]; ok && p.isLazy(v.Pos()) {
								before = j
							}
							c.check(v, f, path, before)
						}
					}
				case *ast.FuncDecl:
					if d.Name.Name == "init" && d.Recv == nil {
						c.check(d.Body, f, path, -1)
					}
				}
			}
		}
	}
	bad := false
	for _, u := range c.out {
		fmt.Fprintf(os.Stderr, "lazyinit: %s reads %s during package initialisation\n", shared.Position(u.pos), u.name)
		bad = true
	}
	if bad {
		os.Exit(1)
	}
	var withTables []string
	for _, p := range pkgs {
		if len(p.order) == 0 {
			continue
		}
		rewrite(p)
		rel, _ := filepath.Rel(root, p.dir)
		withTables = append(withTables, filepath.ToSlash(rel))
	}
	sort.Strings(withTables)
	writeAPI(filepath.Join(root, "pkg", "api"), withTables)
}

func load(fset *token.FileSet, dir string) *pkgInfo {
	matches, _ := filepath.Glob(filepath.Join(dir, "*.go"))
	p := &pkgInfo{dir: dir, files: map[string]*ast.File{}, fset: fset, vars: map[string][]lazyVar{}, fixed: map[string]bool{}}
	for _, m := range matches {
		if strings.HasSuffix(m, "_test.go") || filepath.Base(m) == "lazy_tables.go" {
			continue
		}
		f, err := parser.ParseFile(fset, m, nil, parser.ParseComments)
		if err != nil {
			fmt.Fprintln(os.Stderr, "lazyinit:", err)
			os.Exit(1)
		}
		if f.Name.Name == "main" {
			return nil
		}
		if hasConstraint(f) || strings.Contains(filepath.Base(m), "_windows") || strings.Contains(filepath.Base(m), "_darwin") || strings.Contains(filepath.Base(m), "_linux") {
			// A table in a file built for some platforms only stays as it is:
			// InitTables is built for all of them.
			p.fixed[m] = true
		}
		p.name = f.Name.Name
		p.files[m] = f
	}
	if len(p.files) == 0 {
		return nil
	}
	var names []string
	for _, m := range sortedKeys(p.files) {
		if p.fixed[m] {
			continue
		}
		for _, d := range p.files[m].Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR || gd.Lparen.IsValid() {
				continue
			}
			vs := gd.Specs[0].(*ast.ValueSpec)
			if len(vs.Names) != 1 || len(vs.Values) != 1 || vs.Type != nil {
				continue
			}
			typ := tableType(fset, m, vs.Values[0])
			if typ == "" {
				continue
			}
			p.vars[m] = append(p.vars[m], lazyVar{name: vs.Names[0].Name, start: vs.Values[0].Pos(), end: vs.Values[0].End(), specStart: gd.Pos(), typ: typ})
			names = append(names, vs.Names[0].Name)
		}
	}
	p.order = names
	return p
}

// tableType returns the type of a value worth building lazily: a map
// literal or a regexp.MustCompile call; "" for anything else.
func tableType(fset *token.FileSet, file string, e ast.Expr) string {
	switch e := e.(type) {
	case *ast.CompositeLit:
		if _, ok := e.Type.(*ast.MapType); ok {
			return source(fset, file, e.Type.Pos(), e.Type.End())
		}
	case *ast.CallExpr:
		if sel, ok := e.Fun.(*ast.SelectorExpr); ok {
			if x, ok := sel.X.(*ast.Ident); ok && x.Name == "regexp" && sel.Sel.Name == "MustCompile" {
				return "*regexp.Regexp"
			}
		}
	}
	return ""
}

func source(fset *token.FileSet, file string, from, to token.Pos) string {
	b, _ := os.ReadFile(file)
	return string(b[fset.Position(from).Offset:fset.Position(to).Offset])
}

type use struct {
	pos  token.Pos
	name string
}

// fileFunc is a package-level function with the file it is declared in.
type fileFunc struct {
	decl *ast.FuncDecl
	file *ast.File
	path string
}

// checker finds reads of lazy variables in code that runs during package
// initialisation: package-level initializers and init functions, and the
// package-level functions they call, followed through every package. A
// lazy table's own literal may read a lazy table of its package declared
// before it, since InitTables keeps source order.
type checker struct {
	lazy    map[string]int // "importpath.Name" → its place in its package's order
	funcs   map[string]fileFunc
	visited map[string]bool
	out     []use
}

func importsOf(f *ast.File) map[string]string {
	imports := map[string]string{}
	for _, is := range f.Imports {
		p := strings.Trim(is.Path.Value, `"`)
		name := p[strings.LastIndex(p, "/")+1:]
		if is.Name != nil {
			name = is.Name.Name
		}
		imports[name] = p
	}
	return imports
}

// check inspects n, code of package path in file f; before is the order of
// the lazy table whose literal n is, or -1.
func (c *checker) check(n ast.Node, f *ast.File, path string, before int) {
	imports := importsOf(f)
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // runs later, if ever
		case *ast.SelectorExpr:
			if x, ok := n.X.(*ast.Ident); ok && imports[x.Name] != "" {
				key := imports[x.Name] + "." + n.Sel.Name
				if _, ok := c.lazy[key]; ok {
					c.out = append(c.out, use{n.Pos(), x.Name + "." + n.Sel.Name})
				}
				c.follow(key)
				return false
			}
			c.check(n.X, f, path, before)
			return false
		case *ast.Ident:
			key := path + "." + n.Name
			if i, ok := c.lazy[key]; ok && (before < 0 || i >= before) {
				c.out = append(c.out, use{n.Pos(), n.Name})
			}
			c.follow(key)
		}
		return true
	})
}

func (c *checker) follow(key string) {
	fn, ok := c.funcs[key]
	if !ok || c.visited[key] || fn.decl.Body == nil {
		return
	}
	c.visited[key] = true
	c.check(fn.decl.Body, fn.file, fn.path, -1)
}

func (p *pkgInfo) isLazy(pos token.Pos) bool {
	for _, vs := range p.vars {
		for _, v := range vs {
			if v.start == pos {
				return true
			}
		}
	}
	return false
}

func rewrite(p *pkgInfo) {
	for _, file := range sortedKeys(p.vars) {
		vars := p.vars[file]
		src, _ := os.ReadFile(file)
		var out bytes.Buffer
		last := 0
		for _, v := range vars {
			specOff := p.fset.Position(v.specStart).Offset
			startOff := p.fset.Position(v.start).Offset
			endOff := p.fset.Position(v.end).Offset
			out.Write(src[last:specOff])
			fmt.Fprintf(&out, "var %s %s\n\nfunc init_%s() {\n\t%s = %s\n}", v.name, v.typ, v.name, v.name, src[startOff:endOff])
			last = endOff
		}
		out.Write(src[last:])
		write(file, out.Bytes())
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "// Code generated by Kiln's lazyinit (third_party/esbuild/README.kiln.md). DO NOT EDIT.\n\npackage %s\n\n", p.name)
	b.WriteString("// InitTables builds the package's tables, which esbuild builds at package\n// initialisation and Kiln on first use.\nfunc InitTables() {\n")
	for _, n := range p.order {
		fmt.Fprintf(&b, "\tinit_%s()\n", n)
	}
	b.WriteString("}\n")
	write(filepath.Join(p.dir, "lazy_tables.go"), b.Bytes())
}

func writeAPI(dir string, pkgs []string) {
	var b bytes.Buffer
	b.WriteString("// Code generated by Kiln's lazyinit (third_party/esbuild/README.kiln.md). DO NOT EDIT.\n\npackage api\n\nimport (\n\t\"sync\"\n\n")
	for _, p := range pkgs {
		if p == "pkg/api" {
			continue
		}
		fmt.Fprintf(&b, "\t%q\n", modPath+"/"+p)
	}
	b.WriteString(")\n\nvar tablesOnce sync.Once\n\n// initTablesOnce builds every package's tables the first time an entry\n// point runs.\nfunc initTablesOnce() {\n\ttablesOnce.Do(func() {\n")
	for _, p := range pkgs {
		if p == "pkg/api" {
			b.WriteString("\t\tInitTables()\n")
			continue
		}
		fmt.Fprintf(&b, "\t\t%s.InitTables()\n", p[strings.LastIndex(p, "/")+1:])
	}
	b.WriteString("\t})\n}\n")
	write(filepath.Join(dir, "lazy_init.go"), b.Bytes())

	file := filepath.Join(dir, "api.go")
	src, _ := os.ReadFile(file)
	s := string(src)
	for _, name := range entryPoints {
		sig := "\nfunc " + name + "("
		i := strings.Index(s, sig)
		if i < 0 {
			fmt.Fprintf(os.Stderr, "lazyinit: pkg/api has no func %s\n", name)
			os.Exit(1)
		}
		j := strings.Index(s[i:], "{\n") + i + 2
		s = s[:j] + "\tinitTablesOnce()\n" + s[j:]
	}
	write(file, []byte(s))
}

func write(file string, b []byte) {
	formatted, err := format.Source(b)
	if err != nil {
		fmt.Fprintf(os.Stderr, "lazyinit: %s: %v\n", file, err)
		os.Exit(1)
	}
	if err := os.WriteFile(file, formatted, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "lazyinit:", err)
		os.Exit(1)
	}
}

// hasConstraint reports whether f has a //go:build line.
func hasConstraint(f *ast.File) bool {
	for _, cg := range f.Comments {
		if cg.Pos() > f.Package {
			break
		}
		for _, c := range cg.List {
			if strings.HasPrefix(c.Text, "//go:build ") {
				return true
			}
		}
	}
	return false
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
