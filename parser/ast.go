package parser

// The AST follows esbuild's layout: a sum type is an interface with a marker
// method and every node kind is its own struct, always handled by pointer.
// Parentheses are dropped; the parser keeps what early errors need about them
// on the side. Every node carries Loc, byte offsets into the source text, so
// the compiler can build line tables and Function.prototype.toString can slice
// the original source.
//
// Shapes in this file are a contract with the compiler: fields may be added,
// never renamed or removed.

// Loc is a half-open byte range [Start, End) in the source text.
type Loc struct{ Start, End int32 }

// Node is anything with a source range.
type Node interface{ NodeLoc() Loc }

// NodeLoc returns the node's source range.
func (l Loc) NodeLoc() Loc { return l }

// Expr is an expression node.
type Expr interface {
	Node
	isExpr()
}

// Stmt is a statement or declaration node.
type Stmt interface {
	Node
	isStmt()
}

// Pattern is a binding or assignment target: *Identifier, *Member,
// *ObjectPattern, *ArrayPattern, *AssignPattern or *RestElement (the last two
// only where the grammar allows them), and *Call in sloppy-mode assignment
// targets (see Call.isPattern).
type Pattern interface {
	Node
	isPattern()
}

// Program is the root of a parsed script or module.
type Program struct {
	Loc
	Body     []Stmt
	Strict   bool // "use strict" directive, Options.Strict, or a module
	IsModule bool
	Scope    *Scope // ScopeGlobal, ScopeModule or ScopeEval
	Features Features
	// FreeArguments is set when a reference to `arguments` resolves to no
	// binding: compiled as a function body (the CommonJS wrapper, the
	// Function constructor), the program then needs that function's
	// arguments object.
	FreeArguments bool
	// NumBindings is how many bindings the resolver made (Binding.ID).
	NumBindings int32
	// Hashbang is the text of a leading "#!" line without the "#!", if any.
	Hashbang string
	Source   string
	Filename string

	lineStarts []int32
	// LineCol's last answer, from which it counts to a nearby offset on
	// the same line: minified code is one line of hundreds of kilobytes,
	// and counting from the line's start at every position the compiler
	// records made compiling it quadratic (ace.js's 456 KB took 3.9 s).
	lcOffset      int32
	lcLine, lcCol int
}

// ---------------------------------------------------------------------------
// Statements

// DeclKind is the keyword of a variable declaration.
type DeclKind uint8

const (
	DeclNone  DeclKind = iota // no declaration: a for-in/of head that assigns to a target
	DeclVar                   // var
	DeclLet                   // let
	DeclConst                 // const
)

func (k DeclKind) String() string {
	return [...]string{"", "var", "let", "const"}[k]
}

// VarDecl is `var`, `let` or `const` with one or more declarators.
type VarDecl struct {
	Loc
	Kind  DeclKind
	Decls []*Declarator
}

// Declarator is one `target = init` of a VarDecl; Init may be nil.
type Declarator struct {
	Loc
	Target Pattern
	Init   Expr
}

// FunctionDecl is a function, generator, async function or async generator
// declaration. Func.Name is never nil except for `export default function(){}`.
type FunctionDecl struct {
	Loc
	Func *Function
	// AnnexB is set for a sloppy-mode function declaration in a block that also
	// gets a var binding in the enclosing function (ECMA-262 §B.3.2.1); VarBinding
	// is that var binding, assigned when the declaration is evaluated.
	AnnexB     bool
	VarBinding *Binding
}

// ClassDecl is a class declaration. Class.Name is nil only for
// `export default class {}`.
type ClassDecl struct {
	Loc
	Class *Class
}

// ExprStmt is an expression statement.
type ExprStmt struct {
	Loc
	X Expr
}

// Block is `{ ... }`. Scope is nil when the block declares nothing lexical.
type Block struct {
	Loc
	Body  []Stmt
	Scope *Scope
}

// Empty is `;`.
type Empty struct{ Loc }

// If is `if (Test) Cons else Alt`; Alt may be nil.
type If struct {
	Loc
	Test Expr
	Cons Stmt
	Alt  Stmt
}

// For is `for (Init; Test; Update) Body`. Init is nil, a *VarDecl or an
// *ExprStmt; Test and Update may be nil. Scope is non-nil when Init is a
// let/const declaration; PerIteration is then set for `let` (ECMA-262
// §14.7.4.4 CreatePerIterationEnvironment: copy the bindings each iteration).
type For struct {
	Loc
	Init         Stmt
	Test         Expr
	Update       Expr
	Body         Stmt
	Scope        *Scope
	PerIteration bool
}

// ForIn is `for (Left in Right) Body`. When Kind is DeclNone, Target is an
// assignment target (possibly a *Member); otherwise Target is a binding
// pattern declared with Kind. Init is the Annex B `for (var x = 1 in o)`
// initializer (sloppy mode only), else nil. Scope holds let/const bindings of
// the head and is nil otherwise.
type ForIn struct {
	Loc
	Kind   DeclKind
	Target Pattern
	Init   Expr
	Right  Expr
	Body   Stmt
	Scope  *Scope
}

// ForOf is `for (Left of Right) Body`, or `for await (...)` when Await is set.
// Fields are as in ForIn.
type ForOf struct {
	Loc
	Kind   DeclKind
	Target Pattern
	Right  Expr
	Body   Stmt
	Await  bool
	Scope  *Scope
}

// While is `while (Test) Body`.
type While struct {
	Loc
	Test Expr
	Body Stmt
}

// DoWhile is `do Body while (Test)`.
type DoWhile struct {
	Loc
	Body Stmt
	Test Expr
}

// Return is `return Arg`; Arg may be nil.
type Return struct {
	Loc
	Arg Expr
}

// Break is `break Label`; Label is "" when absent.
type Break struct {
	Loc
	Label string
}

// Continue is `continue Label`; Label is "" when absent.
type Continue struct {
	Loc
	Label string
}

// Throw is `throw Arg`.
type Throw struct {
	Loc
	Arg Expr
}

// Try is `try Block catch (Param) Handler finally Finalizer`. Handler and
// Finalizer may each be nil (not both); Param is nil for `catch {}`.
// CatchScope holds the catch parameter bindings; the Handler block has its own
// scope for its lexical declarations (ECMA-262 §14.15.2).
type Try struct {
	Loc
	Block      *Block
	Param      Pattern
	Handler    *Block
	Finalizer  *Block
	CatchScope *Scope
}

// Switch is `switch (Disc) { Cases }`. Scope holds the lexical declarations
// of all case clauses and is nil when there are none.
type Switch struct {
	Loc
	Disc  Expr
	Cases []*Case
	Scope *Scope
}

// Case is `case Test:` or, when Test is nil, `default:`.
type Case struct {
	Loc
	Test Expr
	Body []Stmt
}

// Labeled is `Label: Body`.
type Labeled struct {
	Loc
	Label string
	Body  Stmt
}

// With is `with (Object) Body` (sloppy mode only). Scope is the object
// environment: it declares nothing, and every identifier resolved through it
// is marked Dynamic.
type With struct {
	Loc
	Object Expr
	Body   Stmt
	Scope  *Scope
}

// Debugger is `debugger`.
type Debugger struct{ Loc }

// ImportDecl is any `import ... from "Source"` or `import "Source"`.
// Default, Namespace and Specifiers are each optional.
type ImportDecl struct {
	Loc
	Default    *Identifier        // import d from "m"
	Namespace  *Identifier        // import * as ns from "m"
	Specifiers []*ImportSpecifier // import { a, b as c, "s" as d } from "m"
	Source     string
	Attributes []*ImportAttribute // with { type: "json" }
}

// ImportSpecifier is one `Imported as Local` of an import.
type ImportSpecifier struct {
	Loc
	Imported string
	Local    *Identifier
}

// ImportAttribute is one `key: "value"` of an import's `with` clause.
type ImportAttribute struct {
	Loc
	Key   string
	Value string
}

// ExportNamed is `export { a, b as c }` or, with HasSource, the re-export
// `export { a, b as c } from "Source"`.
type ExportNamed struct {
	Loc
	Specifiers []*ExportSpecifier
	HasSource  bool
	Source     string
	Attributes []*ImportAttribute
}

// ExportSpecifier is one `Local as Exported`. Ref is the resolved local
// identifier for a local export and nil for a re-export.
type ExportSpecifier struct {
	Loc
	Local    string
	Exported string
	Ref      *Identifier
}

// ExportAll is `export * from "Source"` or, with HasAlias,
// `export * as Exported from "Source"`.
type ExportAll struct {
	Loc
	HasAlias   bool
	Exported   string
	Source     string
	Attributes []*ImportAttribute
}

// ExportDecl is `export` followed by a var/let/const, function or class
// declaration.
type ExportDecl struct {
	Loc
	Decl Stmt
}

// ExportDefault is `export default ...`. Exactly one of Decl (a *FunctionDecl
// or *ClassDecl, possibly anonymous) and Expr is set. Binding is the module
// scope binding the value lives in: the declaration's own name, or the
// synthetic "*default*" binding.
type ExportDefault struct {
	Loc
	Decl    Stmt
	Expr    Expr
	Binding *Binding
}

// ---------------------------------------------------------------------------
// Expressions

// Number is a numeric literal.
type Number struct {
	Loc
	Value float64
}

// String is a string literal (also used for non-computed property keys).
// Value is the exact UTF-16 content; Text is the same content as a Go string
// (exact when Value holds no lone surrogate, which become U+FFFD).
type String struct {
	Loc
	Value []uint16
	Text  string
}

// TemplateLiteral is a template such as `a${b}c`: len(Quasis) == len(Exprs)+1.
type TemplateLiteral struct {
	Loc
	Quasis []*TemplateElement
	Exprs  []Expr
}

// TemplateElement is one literal chunk of a template. Cooked is nil and
// Invalid is set when the chunk has an invalid escape (allowed only in tagged
// templates); Raw is the source text with CR and CRLF normalised to LF.
type TemplateElement struct {
	Loc
	Cooked  []uint16
	Invalid bool
	Raw     string
}

// TaggedTemplate is a tag followed by a template: tag`a${b}c`.
type TaggedTemplate struct {
	Loc
	Tag   Expr
	Quasi *TemplateLiteral
}

// RegExp is `/Pattern/Flags`, both as written in the source.
type RegExp struct {
	Loc
	Pattern string
	Flags   string
}

// BigInt is `123n`; Digits is the value in decimal without the `n`.
type BigInt struct {
	Loc
	Digits string
}

// Boolean is `true` or `false`.
type Boolean struct {
	Loc
	Value bool
}

// Null is `null`.
type Null struct{ Loc }

// Identifier is a name: a reference in expressions, a declaration in
// patterns. Binding is the resolved binding, or nil when the name is not
// declared in any enclosing scope (a global lookup). Dynamic is set when the
// lookup crosses a `with` or a scope made dynamic by direct eval: the compiler
// must then look the name up at run time, using Binding only as the fallback
// it reaches when no dynamic scope supplies the name.
type Identifier struct {
	Loc
	Name    string
	Binding *Binding
	Dynamic bool
}

// This is `this`.
type This struct{ Loc }

// Super is `super` as the object of a member expression or the callee of a
// call (`super(...)`, only in derived constructors).
type Super struct{ Loc }

// NewTarget is `new.target`.
type NewTarget struct{ Loc }

// ImportMeta is `import.meta`.
type ImportMeta struct{ Loc }

// Array is `[a, , ...b]`: a nil element is a hole, *Spread is a spread.
type Array struct {
	Loc
	Elems []Expr
}

// PropKind is the kind of an object literal property.
type PropKind uint8

const (
	PropInit      PropKind = iota // key: value
	PropShorthand                 // key (Value is the *Identifier)
	PropMethod                    // key() {}  (Value is a *Function)
	PropGetter                    // get key() {}
	PropSetter                    // set key(v) {}
	PropSpread                    // ...Value (Key is nil)
)

func (k PropKind) String() string {
	return [...]string{"init", "shorthand", "method", "get", "set", "spread"}[k]
}

// Object is an object literal.
type Object struct {
	Loc
	Props []*Property
}

// Property is one object literal entry. A non-computed Key is a *String
// (identifier names become strings), a *Number or a *BigInt; a computed Key
// is any expression. IsProto marks a non-computed, non-shorthand
// `__proto__: v` entry, which sets the prototype (ECMA-262 §B.3.1).
type Property struct {
	Loc
	Kind     PropKind
	Computed bool
	Key      Expr
	Value    Expr
	IsProto  bool
}

// FuncKind distinguishes the ways a Function is used.
type FuncKind uint8

const (
	FuncNormal             FuncKind = iota // declaration or expression
	FuncArrow                              // arrow function
	FuncMethod                             // object or class method
	FuncGetter                             // get accessor
	FuncSetter                             // set accessor
	FuncClassConstructor                   // constructor of a base class
	FuncDerivedConstructor                 // constructor of a class with extends
	FuncStaticBlock                        // class `static { }` block body
)

func (k FuncKind) String() string {
	return [...]string{"function", "arrow", "method", "get", "set", "constructor", "derived-constructor", "static-block"}[k]
}

// Function is every function form: declarations, expressions, arrows,
// methods, accessors, class constructors and static blocks. Loc covers the
// source text Function.prototype.toString returns.
//
// Scope is the function scope: parameters, `arguments`, the callee name of a
// named function expression and, when HasSimpleParams, the var and top-level
// lexical declarations of the body. When parameters are not simple, the body's
// declarations live in BodyScope, a child of Scope (ECMA-262 §10.2.11 step
// 28: a separate var environment); otherwise BodyScope == Scope.
type Function struct {
	Loc
	Name     *Identifier
	Params   []Pattern // *AssignPattern for defaults, a trailing *RestElement for rest
	Body     []Stmt
	ExprBody Expr // arrow with an expression body; Body is then nil

	Kind          FuncKind
	IsArrow       bool
	IsAsync       bool
	IsGenerator   bool
	IsMethod      bool // Kind is a method, accessor, constructor or static block
	IsDeclaration bool
	IsStatic      bool // a static class member
	Strict        bool
	// HasSimpleParams is false when any parameter is a pattern, has a default
	// or is a rest element (ECMA-262 §15.1.3 IsSimpleParameterList).
	HasSimpleParams bool
	// ParamCount is the function's "length": parameters before the first
	// default or rest.
	ParamCount int

	Scope     *Scope
	BodyScope *Scope
	// ArgumentsBinding is the implicit `arguments` binding when the body uses
	// it (never for arrows, which see their enclosing function's).
	ArgumentsBinding *Binding
	// NameBinding is the callee-name binding of a named function expression
	// that the body can see, nil otherwise.
	NameBinding *Binding

	// paramsEnd is one past the ')' of the parameter list: errors about
	// an accessor's parameters underline the list.
	paramsEnd int32
}

// MemberKind is the kind of a class element.
type MemberKind uint8

const (
	MemberMethod      MemberKind = iota // m() {}
	MemberGetter                        // get m() {}
	MemberSetter                        // set m(v) {}
	MemberField                         // m = v;
	MemberStaticBlock                   // static { }
)

func (k MemberKind) String() string {
	return [...]string{"method", "get", "set", "field", "static-block"}[k]
}

// Class is a class declaration or expression.
//
// Scope is the class scope (ECMA-262 §15.7.14 ClassDefinitionEvaluation): it
// holds the inner name binding (const-like) and is where `extends` and
// computed keys are evaluated. Constructor is nil when the class has none (the
// compiler synthesizes the default one). PrivateNames lists the declared
// private names ("#x") in order, once each.
type Class struct {
	Loc
	Name          *Identifier
	Super         Expr
	Constructor   *Function
	Members       []*ClassMember
	Scope         *Scope
	PrivateNames  []string
	IsDeclaration bool
	// NameBinding is the class-scope binding of Name, nil for anonymous classes.
	NameBinding *Binding
}

// ClassMember is one class element other than the constructor. Key is a
// *String, *Number or *BigInt when not Computed, a *PrivateName when Private,
// and any expression when Computed; it is nil for static blocks.
//
// Value is a *Function for methods, accessors and static blocks, the
// initializer (or nil) for fields. A field initializer runs as its own
// function: FieldScope is that function-boundary scope (ScopeFieldInit).
type ClassMember struct {
	Loc
	Kind       MemberKind
	Static     bool
	Computed   bool
	Private    bool
	Key        Expr
	Value      Expr
	FieldScope *Scope
}

// PrivateName is `#x`, as a class member key, the property of a member
// expression or the left operand of `#x in o`. Name includes the '#'. Class
// is the innermost enclosing class that declares it.
type PrivateName struct {
	Loc
	Name  string
	Class *Class
}

// UnaryOp is a prefix unary operator.
type UnaryOp uint8

const (
	UnaryNeg    UnaryOp = iota // -x
	UnaryPos                   // +x
	UnaryNot                   // !x
	UnaryBitNot                // ~x
	UnaryTypeof                // typeof x
	UnaryVoid                  // void x
	UnaryDelete                // delete x
)

func (op UnaryOp) String() string {
	return [...]string{"-", "+", "!", "~", "typeof", "void", "delete"}[op]
}

// Unary is a prefix unary operation.
type Unary struct {
	Loc
	Op UnaryOp
	X  Expr
}

// UpdateOp is ++ or --.
type UpdateOp uint8

const (
	UpdateInc UpdateOp = iota // ++
	UpdateDec                 // --
)

func (op UpdateOp) String() string { return [...]string{"++", "--"}[op] }

// Update is `++x`, `x++`, `--x` or `x--`. Target is an *Identifier or *Member.
type Update struct {
	Loc
	Op     UpdateOp
	Prefix bool
	Target Expr
}

// BinOp is a binary operator, logical operators included.
type BinOp uint8

const (
	BinAdd        BinOp = iota // +
	BinSub                     // -
	BinMul                     // *
	BinDiv                     // /
	BinMod                     // %
	BinExp                     // **
	BinShl                     // <<
	BinShr                     // >>
	BinUShr                    // >>>
	BinBitAnd                  // &
	BinBitOr                   // |
	BinBitXor                  // ^
	BinLt                      // <
	BinGt                      // >
	BinLe                      // <=
	BinGe                      // >=
	BinEq                      // ==
	BinNe                      // !=
	BinStrictEq                // ===
	BinStrictNe                // !==
	BinIn                      // in (Left is a *PrivateName for `#x in o`)
	BinInstanceof              // instanceof
	BinLogicalAnd              // &&
	BinLogicalOr               // ||
	BinNullish                 // ??
)

var binOpNames = [...]string{"+", "-", "*", "/", "%", "**", "<<", ">>", ">>>", "&", "|", "^",
	"<", ">", "<=", ">=", "==", "!=", "===", "!==", "in", "instanceof", "&&", "||", "??"}

func (op BinOp) String() string { return binOpNames[op] }

// IsLogical reports whether op short-circuits.
func (op BinOp) IsLogical() bool {
	return op == BinLogicalAnd || op == BinLogicalOr || op == BinNullish
}

// Binary is `Left Op Right`.
type Binary struct {
	Loc
	Op    BinOp
	Left  Expr
	Right Expr
}

// AssignOp is an assignment operator.
type AssignOp uint8

const (
	AssignPlain      AssignOp = iota // =
	AssignAdd                        // +=
	AssignSub                        // -=
	AssignMul                        // *=
	AssignDiv                        // /=
	AssignMod                        // %=
	AssignExp                        // **=
	AssignShl                        // <<=
	AssignShr                        // >>=
	AssignUShr                       // >>>=
	AssignBitAnd                     // &=
	AssignBitOr                      // |=
	AssignBitXor                     // ^=
	AssignLogicalAnd                 // &&=
	AssignLogicalOr                  // ||=
	AssignNullish                    // ??=
)

var assignOpNames = [...]string{"=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=",
	"&=", "|=", "^=", "&&=", "||=", "??="}

func (op AssignOp) String() string { return assignOpNames[op] }

// BinOp returns the binary operator a compound assignment applies; it must
// not be called on AssignPlain.
func (op AssignOp) BinOp() BinOp {
	return [...]BinOp{BinAdd, BinAdd, BinSub, BinMul, BinDiv, BinMod, BinExp, BinShl, BinShr, BinUShr,
		BinBitAnd, BinBitOr, BinBitXor, BinLogicalAnd, BinLogicalOr, BinNullish}[op]
}

// Assign is `Target Op Value`. For AssignPlain, Target may be any pattern
// (destructuring assignment); for compound operators it is an *Identifier or
// *Member.
type Assign struct {
	Loc
	Op     AssignOp
	Target Pattern
	Value  Expr
}

// Conditional is `Test ? Cons : Alt`.
type Conditional struct {
	Loc
	Test Expr
	Cons Expr
	Alt  Expr
}

// Call is `Callee(Args)` or, with Optional, `Callee?.(Args)`. Args may hold
// *Spread. DirectEval marks a call that is a direct eval (ECMA-262
// §13.3.6.1: the callee is the plain identifier `eval`, not optional).
type Call struct {
	Loc
	Callee     Expr
	Args       []Expr
	Optional   bool
	DirectEval bool
	// Paren is the offset of the parenthesis opening Args (0 when not
	// recorded): where V8 places a call whose callee is neither a name nor
	// a named property, `o[k]()` or `(0, f)()`.
	Paren int32
}

// New is `new Callee(Args)`; Args is empty for `new C`.
type New struct {
	Loc
	Callee Expr
	Args   []Expr
}

// Member is `Object.Name`, `Object[Index]` or `Object.#name`, with Optional
// for `?.`. Exactly one of Name (dot or private access) and Index (computed)
// is meaningful: Index is nil for dot access. Private marks `Object.#x`; the
// property is then PrivateName. Object may be *Super.
type Member struct {
	Loc
	Object      Expr
	Name        string
	NameLoc     Loc
	Index       Expr
	Private     bool
	PrivateName *PrivateName
	Optional    bool
}

// OptionalChain wraps a whole chain that contains `?.`, such as `a?.b.c()`:
// when any optional link finds null or undefined, evaluation of X stops and
// the OptionalChain's value is undefined.
type OptionalChain struct {
	Loc
	X Expr
}

// Sequence is `a, b, c`.
type Sequence struct {
	Loc
	Exprs []Expr
}

// Spread is `...X` in array literals and argument lists.
type Spread struct {
	Loc
	X Expr
}

// Yield is `yield Arg` or `yield* Arg`; Arg may be nil when not Delegate.
type Yield struct {
	Loc
	Arg      Expr
	Delegate bool
}

// Await is `await X`.
type Await struct {
	Loc
	X Expr
}

// ImportCall is `import(Arg)` or `import(Arg, Options)`.
type ImportCall struct {
	Loc
	Arg     Expr
	Options Expr
}

// ---------------------------------------------------------------------------
// Patterns

// ObjectPattern is `{a, b: c, [k]: d = 1, ...rest}`.
type ObjectPattern struct {
	Loc
	Props []*PatternProp
	Rest  Pattern
}

// PatternProp is one entry of an ObjectPattern. A non-computed Key is a
// *String, *Number or *BigInt; Value may be an *AssignPattern for a default.
type PatternProp struct {
	Loc
	Key       Expr
	Computed  bool
	Value     Pattern
	Shorthand bool
}

// ArrayPattern is `[a, , b = 1, ...rest]`: a nil element is an elision.
type ArrayPattern struct {
	Loc
	Elems []Pattern
	Rest  Pattern
}

// AssignPattern is `Target = Default` inside a pattern or parameter list.
type AssignPattern struct {
	Loc
	Target  Pattern
	Default Expr
}

// RestElement is `...Target` as the last parameter of a function.
type RestElement struct {
	Loc
	Target Pattern
}

// ---------------------------------------------------------------------------
// Marker methods

func (*VarDecl) isStmt()       {}
func (*FunctionDecl) isStmt()  {}
func (*ClassDecl) isStmt()     {}
func (*ExprStmt) isStmt()      {}
func (*Block) isStmt()         {}
func (*Empty) isStmt()         {}
func (*If) isStmt()            {}
func (*For) isStmt()           {}
func (*ForIn) isStmt()         {}
func (*ForOf) isStmt()         {}
func (*While) isStmt()         {}
func (*DoWhile) isStmt()       {}
func (*Return) isStmt()        {}
func (*Break) isStmt()         {}
func (*Continue) isStmt()      {}
func (*Throw) isStmt()         {}
func (*Try) isStmt()           {}
func (*Switch) isStmt()        {}
func (*Labeled) isStmt()       {}
func (*With) isStmt()          {}
func (*Debugger) isStmt()      {}
func (*ImportDecl) isStmt()    {}
func (*ExportNamed) isStmt()   {}
func (*ExportAll) isStmt()     {}
func (*ExportDecl) isStmt()    {}
func (*ExportDefault) isStmt() {}

func (*Number) isExpr()          {}
func (*String) isExpr()          {}
func (*TemplateLiteral) isExpr() {}
func (*TaggedTemplate) isExpr()  {}
func (*RegExp) isExpr()          {}
func (*BigInt) isExpr()          {}
func (*Boolean) isExpr()         {}
func (*Null) isExpr()            {}
func (*Identifier) isExpr()      {}
func (*This) isExpr()            {}
func (*Super) isExpr()           {}
func (*NewTarget) isExpr()       {}
func (*ImportMeta) isExpr()      {}
func (*Array) isExpr()           {}
func (*Object) isExpr()          {}
func (*Function) isExpr()        {}
func (*Class) isExpr()           {}
func (*PrivateName) isExpr()     {}
func (*Unary) isExpr()           {}
func (*Update) isExpr()          {}
func (*Binary) isExpr()          {}
func (*Assign) isExpr()          {}
func (*Conditional) isExpr()     {}
func (*Call) isExpr()            {}
func (*New) isExpr()             {}
func (*Member) isExpr()          {}
func (*OptionalChain) isExpr()   {}
func (*Sequence) isExpr()        {}
func (*Spread) isExpr()          {}
func (*Yield) isExpr()           {}
func (*Await) isExpr()           {}
func (*ImportCall) isExpr()      {}

func (*Identifier) isPattern()    {}
func (*Member) isPattern()        {}
func (*ObjectPattern) isPattern() {}
func (*ArrayPattern) isPattern()  {}
func (*AssignPattern) isPattern() {}
func (*RestElement) isPattern()   {}

// A *Call is a Pattern only as the target of a plain or arithmetic
// assignment, update or for-in/of head in sloppy mode, where it parses but
// throws a ReferenceError when evaluated (ECMA-262 §13.15.1,
// AssignmentTargetType web-compat).
func (*Call) isPattern() {}
