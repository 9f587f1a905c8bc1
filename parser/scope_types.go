package parser

// ScopeKind is what introduced a scope.
type ScopeKind uint8

const (
	ScopeGlobal    ScopeKind = iota // script top level: var and function bindings are global object properties
	ScopeModule                     // module top level
	ScopeEval                       // top level of eval code (Options.Eval)
	ScopeFunction                   // a function's parameters and, for simple parameter lists, its body
	ScopeFuncBody                   // the separate var scope of a function with non-simple parameters
	ScopeBlock                      // block, switch, for-loop head
	ScopeCatch                      // catch parameter
	ScopeClass                      // class name and private names
	ScopeWith                       // object environment of a with statement
	ScopeFieldInit                  // a class field initializer, evaluated as its own function
)

func (k ScopeKind) String() string {
	return [...]string{"global", "module", "eval", "function", "func-body", "block", "catch", "class", "with",
		"field-init"}[k]
}

// IsFunctionBoundary reports whether the scope starts a new function (so
// references from inside it to outer bindings capture them).
func (k ScopeKind) IsFunctionBoundary() bool {
	return k == ScopeFunction || k == ScopeFieldInit
}

// BindingKind is how a name was declared.
type BindingKind uint8

const (
	BindVar        BindingKind = iota // var (and Annex B function var bindings)
	BindLet                           // let
	BindConst                         // const
	BindClass                         // class declaration (outer binding, let-like)
	BindClassInner                    // class's own name inside its body (const-like)
	BindFunction                      // function declaration
	BindParam                         // formal parameter
	BindCatch                         // catch parameter
	BindImport                        // import binding (immutable, live)
	BindCalleeName                    // name of a named function expression, seen from its body (immutable)
	BindArguments                     // implicit `arguments` object
	BindDefault                       // synthetic "*default*" of `export default expr`
)

func (k BindingKind) String() string {
	return [...]string{"var", "let", "const", "class", "class-inner", "function", "param", "catch", "import",
		"callee", "arguments", "default"}[k]
}

// IsLexical reports whether the binding has a temporal dead zone.
func (k BindingKind) IsLexical() bool {
	return k == BindLet || k == BindConst || k == BindClass || k == BindClassInner
}

// Binding is one declared name in a scope.
type Binding struct {
	Name  string
	Kind  BindingKind
	Loc   Loc // the declaring identifier (first declaration for repeated vars)
	Scope *Scope
	// Index is the binding's position in Scope.Bindings.
	Index int
	// ID numbers the program's bindings from 1 in the order the resolver
	// made them, up to Program.NumBindings: a later pass can keep what it
	// knows of each in a slice rather than a map. 0 is no number.
	ID int32
	// Captured is set when a reference from an inner function (or field
	// initializer) resolves to this binding, so it must live in a heap
	// environment rather than a register.
	Captured bool
	// Assigned is set when the binding is written after its declaration
	// (assignment, update, for-in/of target).
	Assigned bool
}

// Scope is a lexical scope. Bindings are in declaration order.
type Scope struct {
	Kind     ScopeKind
	Parent   *Scope
	Children []*Scope
	Bindings []*Binding
	Loc      Loc
	Strict   bool

	// Func is the function that owns a ScopeFunction or ScopeFuncBody, nil
	// otherwise.
	Func *Function

	// HasDirectEval is set on a scope whose code (not counting nested
	// functions) contains a direct eval call, and on every enclosing scope:
	// eval code may read, and in sloppy mode declare, any name visible there,
	// so the compiler must keep those scopes' bindings in environments that
	// can be looked up by name.
	HasDirectEval bool
	// UsesArguments is set on a function scope whose body (or an arrow inside
	// it) refers to `arguments`.
	UsesArguments bool
	// UsesThis is set on a function scope whose body or arrows refer to
	// `this` (or super, which needs this), so arrows can capture it lexically.
	UsesThis bool
	// ArrowUses says which of this, new.target and super the arrow
	// functions directly inside a function-like scope (its ScopeFunction,
	// a field initialiser's ScopeFieldInit, or the program's top scope) use,
	// counting arrows nested in arrows and in class heritages and computed
	// keys but not inside other functions, class members or field
	// initialisers: an arrow reads these from the function around it, which
	// must keep them where the arrow can find them.
	ArrowUses ArrowUse
	// ContainsWith is set on every scope around a with statement's,
	// enclosing functions' included.
	ContainsWith bool
	// PerIteration marks a for-loop head scope holding `let` bindings that
	// are copied for each iteration.
	PerIteration bool
	// Free lists, on a function-boundary scope, the bindings of enclosing
	// scopes that code inside the function refers to, nested functions'
	// code included: what a compiler that compiles the function apart from
	// its surroundings must be told of them. A binding may appear more
	// than once.
	Free []*Binding

	byName map[string]*Binding
	// evalVars is set on a sloppy var scope containing a direct eval, which
	// may declare new vars in it at run time.
	evalVars bool
}

// ArrowUse is a set of the pseudo-variables an arrow function reads from
// the function around it.
type ArrowUse uint8

const (
	ArrowThis      ArrowUse = 1 << iota // this
	ArrowNewTarget                      // new.target
	ArrowSuper                          // super, in super.x or super(...)
	ArrowSuperCall                      // super(...)
)

// Lookup returns the binding named name declared directly in s, or nil.
// A scope of a few bindings (most blocks hold none, most functions a
// handful) is searched in order; byName indexes the larger ones.
func (s *Scope) Lookup(name string) *Binding {
	if s.byName != nil {
		return s.byName[name]
	}
	for i := len(s.Bindings) - 1; i >= 0; i-- {
		if b := s.Bindings[i]; b.Name == name {
			return b
		}
	}
	return nil
}

// scopeIndexAt is the number of bindings from which a scope indexes them
// by name.
const scopeIndexAt = 8

// initScope makes s, a zero Scope, a scope of kind under parent from start.
func initScope(s *Scope, kind ScopeKind, parent *Scope, start int32) {
	s.Kind, s.Parent, s.Loc = kind, parent, Loc{start, start}
	if parent != nil {
		parent.Children = append(parent.Children, s)
		s.Strict = parent.Strict
	}
}

// addBinding declares b, a zero Binding, as name in s.
func (s *Scope) addBinding(b *Binding, name string, kind BindingKind, loc Loc) *Binding {
	*b = Binding{Name: name, Kind: kind, Loc: loc, Scope: s, Index: len(s.Bindings)}
	s.Bindings = append(s.Bindings, b)
	switch {
	case s.byName != nil:
		s.byName[name] = b
	case len(s.Bindings) > scopeIndexAt:
		s.byName = make(map[string]*Binding, 2*len(s.Bindings))
		for _, b := range s.Bindings {
			s.byName[b.Name] = b
		}
	}
	return b
}
