package bytecode

// Function is one compiled JavaScript function (or script/module body).
// Compiled functions are immutable once the compiler returns them, so they
// can be shared between runtimes and goroutines; everything mutable that is
// tied to them (inline caches, template objects) lives in the runtime.
type Function struct {
	Name    string // the function's own name as written ("" if anonymous)
	Length  int    // the "length" property: parameters before the first default/rest
	NParams int    // formal parameter registers r1..rNParams (r0 is this)
	NRegs   int    // frame size in registers
	Kind    FuncKind
	Flags   FuncFlags

	// NInit is how many registers from r0 a call must set: this, the
	// parameters (undefined past the arguments given) and the bindings
	// declared at the function's entry, which its code may read before it
	// writes them (a var reads undefined). The registers past NInit are
	// temporaries and block bindings the code always writes before it
	// reads them, so the VM leaves whatever they held (see pushFrame).
	// NParams+1 <= NInit <= NRegs.
	NInit int

	// InferredName is V8's name for an anonymous function from where it
	// is assigned ("o.m" for `o.m = function () {}`): stack traces show
	// it where the function has no name of its own; .name never does.
	InferredName string

	// Code to Callees are the function's body. For a function of a
	// snapshot decoded lazily they stay empty until Load.
	Code     []uint32
	Consts   []Const
	Sites    []string // property names (WTF-8) of property sites
	Funcs    []*Function
	Handlers []Handler
	Lines    []LinePos // sorted by PC
	// Callees gives the source range of the callee expression of each call
	// and new instruction, for V8's "a.b is not a function" messages.
	Callees []SourceRange // sorted by PC
	// Coverage are the source ranges whose runs CoverCount instructions
	// count, when the function was compiled for block coverage: the
	// function's own range first. Snapshots do not carry them.
	Coverage []CoverRange
	// CoverEager marks a function V8 compiles with its enclosing code (a
	// class's field initialiser, `(function () {...})`), whose blocks its
	// coverage reports even when it never ran.
	CoverEager bool

	// SourceStart and SourceEnd delimit the function's text in the
	// program's source, for Function.prototype.toString.
	SourceStart, SourceEnd int32
	Program                *Program

	// body is where Load finds the body of a function from a lazily
	// decoded snapshot; nil for any other function.
	body *body
}

// FuncKind is how a function may be called.
type FuncKind uint8

const (
	KindNormal         FuncKind = iota // an ordinary function: callable and constructible (sloppy/strict)
	KindArrow                          // an arrow: lexical this, not constructible
	KindMethod                         // a method or accessor: not constructible
	KindClassCtor                      // a base class constructor: constructible only
	KindDerivedCtor                    // a derived class constructor
	KindScript                         // a script, module or eval body
	KindGenerator                      // a generator function (any of the above forms)
	KindAsync                          // an async function
	KindAsyncArrow                     // an async arrow
	KindAsyncGenerator                 // an async generator
)

// FuncFlags are properties of a function the runtime needs at call time.
type FuncFlags uint16

const (
	FlagStrict          FuncFlags = 1 << iota
	FlagSimpleParams              // no defaults, rest or patterns
	FlagUsesArguments             // creates an arguments object
	FlagNeedsEnv                  // the prologue pushes an environment
	FlagDynamic                   // contains direct eval or with
	FlagClassFieldInit            // a class field initialiser function
	FlagHasFields                 // a class constructor whose class has instance fields
	FlagIsStaticBlock             // a class static block
	FlagMethodGenerator           // a generator or async method (not constructible)
	FlagNoSource                  // toString has no source text
	FlagModuleWrapper             // the function a CommonJS module's code runs in (stack traces say Object.<anonymous>)
	FlagBundlerCode               // code a bundler added (esbuild's module helpers): stack traces leave its frames out
	FlagAnonymousClass            // a class constructor whose class has no name of its own (Name, if any, was given by where it is stored)
	FlagArrowInScript             // an arrow whose this is a script's or module's, not a function's: direct eval in it allows no new.target
	FlagArrowInField              // an arrow in a class field initialiser: direct eval in it allows no arguments
)

// ConstKind is the kind of a constant pool entry.
type ConstKind uint8

const (
	ConstNumber   ConstKind = iota
	ConstString             // Str holds WTF-8
	ConstBigInt             // Str holds decimal digits
	ConstRegExp             // Str is the pattern, Str2 the flags
	ConstTemplate           // Strs: cooked strings (nil entry = invalid escape) then raw strings
	ConstName               // a binding name used in error messages
	ConstScope              // an environment's layout: Names[i] is slot i, Lexical[i] marks let/const/class
)

// Const is a constant pool entry.
type Const struct {
	Kind ConstKind
	Num  float64
	Str  string
	Str2 string
	// ConstLists is set for a template or a scope, and only for them: the
	// lists live apart so that the constants of every other kind (nearly
	// all) take 56 bytes instead of 168, which is most of what decoding a
	// function's body allocates.
	*ConstLists
}

// ConstLists are the lists of a template or scope constant.
type ConstLists struct {
	// Cooked and Raw are the strings of a template; Invalid[i] marks a
	// cooked string that is undefined (an invalid escape in a tagged template).
	Cooked  []string
	Invalid []bool
	Raw     []string
	// Names and Lexical describe an environment's slots (ConstScope), so
	// that direct eval, with and debuggers can find bindings by name.
	Names   []string
	Lexical []bool
	// Fixed marks the immutable slots, for assignments by name (eval,
	// with): FixedConst always throws, FixedCallee (a sloppy function
	// expression's own name) throws only from strict code. Nil when none.
	Fixed []Fixed
}

// Fixed is the immutability of an environment slot (ConstLists.Fixed).
type Fixed uint8

const (
	FixedNone   Fixed = iota // mutable
	FixedConst               // const, a class's inner name, a strict callee name
	FixedCallee              // a sloppy callee name: assignment is ignored, or a TypeError in strict code
)

// Handler is an exception-table entry: a throw from an instruction in
// [Start, End) jumps to Target with the exception in register Reg and the
// environment depth restored to EnvDepth.
type Handler struct {
	Start, End, Target int
	Reg                int
	EnvDepth           int
}

// LinePos maps the instruction at PC (and those after it up to the next
// entry) to a source position.
type LinePos struct {
	PC   int
	Line int32 // 1-based
	Col  int32 // 0-based UTF-16 column
	// File is 0 for the program's own file, or i+1 for Program.Files[i]
	// when the code was bundled from several files.
	File int32
}

// SourceRange ties the instruction at PC to a range of the source text.
type SourceRange struct {
	PC         int
	Start, End int32
}

// CalleeText returns the source text of the callee of the call instruction
// whose words include index at, or "" when unknown.
func (f *Function) CalleeText(at int) string {
	callees := f.CalleeTable()
	for i := len(callees) - 1; i >= 0; i-- {
		c := callees[i]
		if c.PC <= at {
			if at-c.PC > 2 || f.Program == nil || int(c.End) > len(f.Program.Source) || c.Start > c.End {
				return ""
			}
			return f.Program.Source[c.Start:c.End]
		}
	}
	return ""
}

// Program is the result of compiling one source file.
type Program struct {
	Filename string
	Source   string // empty when built with --no-source
	// OriginalSource is the text the programmer wrote when Source was
	// generated from it (TypeScript, JSX): line tables then point into it,
	// and error banners quote it. Empty when Source is the original.
	OriginalSource string
	// Files are the original files of a bundle, which LinePos.File points
	// into so that errors and stack traces name the file as written rather
	// than the one generated script that ran (Filename, the entry).
	Files []SourceFile
	Main  *Function
	// Module is set when the program is an ECMAScript module: Main is then
	// the module body, a closure over the module environment that the VM
	// creates from Module.Env when it links the module.
	Module *Module
	// Unverified marks a program decoded by DecodeSnapshotDeferred: each of
	// its functions must pass VerifyFunction before it first runs.
	Unverified bool
	// Snapshot names the snapshot a decoded program came from, for errors
	// found after loading ("" for a program compiled in this process).
	Snapshot string
	// Referrer is, for code made at run time by eval or the Function
	// constructor, the script or module whose code called it: the
	// function's [[ScriptOrModule]] (ECMA-262 §20.2.1.1.1), from which its
	// import() resolves. Never encoded.
	Referrer *Program
	// EvalOrigin is, for code compiled at run time by eval or the
	// Function constructor, where that happened as V8's stack traces
	// write it: "eval at f (/app/x.js:3:23)", nested for eval code that
	// eval made. Such code has no Filename unless its source names itself
	// with a sourceURL comment. Never encoded.
	EvalOrigin string
	// EvalFunction is, for code made by the Function constructor, the
	// function it made, which stack traces call "eval" as V8 does.
	EvalFunction *Function
}

// SourceFile is one file a bundled program was made from.
type SourceFile struct {
	Name   string // an absolute path, as stack traces print it
	Source string // its text, for the uncaught-error banner; empty when left out
}

// Module is what linking needs to know of a module (ECMA-262 §16.2.1.6,
// Source Text Module Records). Slots index Module.Env, the layout of the
// module environment; an import takes two slots (the environment holding
// its target binding and that binding's slot number), filled at link time
// and read by GetImport.
type Module struct {
	Env             Const // ConstScope layout of the module environment
	Requests        []ModuleRequest
	Imports         []ModuleImport
	LocalExports    []LocalExport
	IndirectExports []IndirectExport
	StarExports     []int // indexes into Requests of `export * from` requests
	// Funcs are the module's top-level function declarations, made when
	// the module is linked (before any module of the graph runs): Func
	// indexes Main.Funcs, Slot the environment.
	Funcs []HoistedFunc
	// Async is set when the body contains top-level await: Main is then an
	// async function.
	Async bool
}

// ModuleRequest is one distinct module specifier with its import attributes.
type ModuleRequest struct {
	Specifier  string
	Attributes []ImportAttribute
}

// ImportAttribute is one `with { key: "value" }` entry.
type ImportAttribute struct{ Key, Value string }

// ModuleImport binds the import cell at Slot (and Slot+1) to the export Name
// of module Request. Name "*" is a namespace import: Slot is then an
// ordinary binding holding the namespace object.
type ModuleImport struct {
	Request int
	Name    string
	Slot    int
	// Line (1-based), Col (0-based, UTF-16 units) and Len place the name
	// the import statement gives, for the arrow node draws under it when
	// linking fails; Line is 0 when unknown.
	Line, Col, Len int
}

// LocalExport exports the binding at Slot as Name.
type LocalExport struct {
	Name string
	Slot int
}

// IndirectExport re-exports Import of module Request as Name; Import "*"
// is `export * as Name from …`.
type IndirectExport struct {
	Name    string
	Request int
	Import  string
	// Line, Col and Len place the re-exported name, as ModuleImport's.
	Line, Col, Len int
}

// HoistedFunc is a top-level function declaration of a module.
type HoistedFunc struct{ Func, Slot int }

// Position returns the source position of the instruction at pc.
func (f *Function) Position(pc int) (line, col int32) {
	p := f.linePos(pc)
	return p.Line, p.Col
}

// Location is where an instruction came from, in the file as written.
type Location struct {
	File      string // "" when the function belongs to no program
	Line, Col int32  // 1-based line, 0-based UTF-16 column; 0 when unknown
	// Source is the whole text of File, or "" when the snapshot left it out.
	Source string
	// EvalOrigin is the program's EvalOrigin: where eval or the Function
	// constructor made the code.
	EvalOrigin string
}

// Location returns the file and position of the instruction at pc, for
// stack traces and the uncaught-error banner.
func (f *Function) Location(pc int) Location {
	lp := f.linePos(pc)
	loc := Location{Line: lp.Line, Col: lp.Col}
	p := f.Program
	if p == nil {
		return loc
	}
	if lp.File > 0 && int(lp.File) <= len(p.Files) {
		sf := p.Files[lp.File-1]
		loc.File, loc.Source = sf.Name, sf.Source
		return loc
	}
	loc.File, loc.Source, loc.EvalOrigin = p.Filename, p.Source, p.EvalOrigin
	if p.OriginalSource != "" {
		loc.Source = p.OriginalSource
	}
	return loc
}

// FileSource returns the text of the file called name, one of p's Files
// or p's own file, or "" when p does not hold it.
func (p *Program) FileSource(name string) string {
	for _, sf := range p.Files {
		if sf.Name == name {
			return sf.Source
		}
	}
	if name == p.Filename {
		if p.OriginalSource != "" {
			return p.OriginalSource
		}
		return p.Source
	}
	return ""
}

// linePos returns the line-table entry covering pc (zero if none does).
func (f *Function) linePos(pc int) LinePos {
	lines := f.LineTable()
	lo, hi := 0, len(lines)
	for lo < hi {
		m := (lo + hi) / 2
		if lines[m].PC <= pc {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return LinePos{}
	}
	return lines[lo-1]
}

// SourceText returns the function's source text, or "" when unavailable.
func (f *Function) SourceText() string {
	if f.Program == nil || f.Program.Source == "" || f.Flags&FlagNoSource != 0 {
		return ""
	}
	if int(f.SourceEnd) > len(f.Program.Source) || f.SourceStart < 0 || f.SourceStart > f.SourceEnd {
		return ""
	}
	return f.Program.Source[f.SourceStart:f.SourceEnd]
}

// CoverRange is a block-coverage range of a function's source, as byte
// offsets into Program.Source. End is -1 for a continuation: the code after
// a statement that may not complete (a return, a loop, an if), which runs
// to where the next range or the enclosing one ends, as V8 reports it.
type CoverRange struct {
	Start, End int32
}
