// Package optable is Kiln's opcode table written once, as data. Everything
// else about opcodes (the enum, names, formats, the encoder, the
// disassembler's operand rules, the verifier's operand rules and the table
// hash that goes into snapshots) is generated from it by
// bytecode/internal/gen; run `go generate ./bytecode`.
//
// Operands are written as a string of kinds, one letter each, for a, b and c:
//
//	R  a register of the frame
//	K  an index into the function's constant pool
//	S  an index into the function's property sites (atom + inline cache)
//	F  an index into the function's nested functions
//	U  an unsigned immediate
//	I  a signed immediate: int16 (0..255 in c unless Wide), int16 in bx
//	-  unused
//
// A kind in upper case followed by 'x' ("Kx") takes the 16-bit bx field
// (format ABx); otherwise a, b and c are 8 bits each (format ABC). A Wide
// prefix widens the next instruction's operands to 16 bits (bx to 24).
// Jump opcodes are followed by one word holding a signed offset relative to
// the instruction after that word. A "+S" after the operands ("RRR+S") means
// the instruction is followed by one word holding a property site index (an
// inline-cache slot for a site whose key is computed: its Sites entry is "").
package optable

// Op describes one opcode.
type Op struct {
	Name     string
	Operands string // see the package comment
	Jump     bool   // followed by an offset word
	Throws   bool   // may throw
	Doc      string // effect, in the style "a = b + c"
}

// Ops is the opcode table. Order is the encoding; append only.
var Ops = []Op{
	{"Nop", "", false, false, "nothing"},
	{"Wide", "UUU", false, false, "the next instruction's operands are a|A<<8, b|B<<8, c|C<<8"},

	// Loads and moves.
	{"Mov", "RR", false, false, "a = b"},
	{"LoadK", "RKx", false, false, "a = K[bx]"},
	{"LoadInt", "RIx", false, false, "a = int16(bx)"},
	{"LoadUndef", "R", false, false, "a = undefined"},
	{"LoadNull", "R", false, false, "a = null"},
	{"LoadTrue", "R", false, false, "a = true"},
	{"LoadFalse", "R", false, false, "a = false"},
	{"LoadEmpty", "R", false, false, "a = <empty> (an uninitialised binding)"},
	{"CheckTDZ", "RKx", false, true, "throw ReferenceError(\"Cannot access 'K[bx]' before initialization\") if a is <empty>"},
	{"ThrowConst", "Kx", false, true, "throw TypeError(\"Assignment to constant variable.\") (K[bx] names it)"},
	{"LoadThis", "R", false, true, "a = this of the frame (ReferenceError in a derived constructor before super())"},
	{"LoadFunc", "R", false, false, "a = the running function object"},
	{"LoadNewTarget", "R", false, false, "a = new.target"},
	{"LoadHome", "R", false, false, "a = the running function's home object (for super)"},
	{"Arguments", "RU", false, false, "a = a new arguments object; mapped to the parameters when b = 1"},
	{"Rest", "RU", false, false, "a = an array of the arguments from index b on"},

	// Environments: captured bindings live in heap environments chained by parent.
	{"PushEnv", "Kx", false, false, "env = new declarative environment described by scope constant K[bx] (slot names), parent env"},
	{"PushWith", "R", false, true, "env = new object environment over ToObject(a) (a with statement), parent env"},
	{"PopEnv", "", false, false, "env = env.parent"},
	{"CopyEnv", "", false, false, "env = a copy of env with the same parent (a per-iteration binding)"},
	{"GetEnv", "RUU", false, false, "a = env(depth b).slot[c]"},
	{"SetEnv", "RUU", false, false, "env(depth b).slot[c] = a"},
	{"GetImport", "RUU", false, true, "a = the module binding an import cell env(depth b).slot[c], slot[c+1] points at (ReferenceError if uninitialised)"},

	// Globals and dynamic names.
	{"GetGlobal", "RSx", false, true, "a = global binding S[bx] (ReferenceError if missing)"},
	{"TypeofGlobal", "RSx", false, true, "a = typeof global binding S[bx] (undefined if missing)"},
	{"SetGlobal", "RSx", false, true, "global binding S[bx] = a (strict: ReferenceError if missing)"},
	{"DeclareVar", "Sx", false, true, "CreateGlobalVarBinding(S[bx]) for script var declarations"},
	{"DeclareFunc", "RSx", false, true, "CreateGlobalFunctionBinding(S[bx], a)"},
	{"DeclareLex", "USx", false, true, "create global lexical binding S[bx]; const when a = 1"},
	{"InitGlobalLex", "RSx", false, true, "initialise global lexical binding S[bx] to a"},
	{"GetName", "RSx", false, true, "a = dynamic lookup of S[bx] through with/eval scopes"},
	{"SetName", "RSx", false, true, "dynamic assignment of S[bx] = a"},
	{"TypeofName", "RSx", false, true, "a = typeof dynamic lookup of S[bx]"},
	{"DeleteName", "RSx", false, true, "a = delete dynamic binding S[bx]"},
	{"CallName", "RSx", false, true, "a = callee S[bx], a+1 = its this (the with object or undefined)"},

	// Properties.
	{"GetProp", "RRS", false, true, "a = b[S[c]]"},
	{"SetProp", "RSR", false, true, "a[S[b]] = c"},
	{"GetElem", "RRR+S", false, true, "a = b[c], cached at site S[next word]"},
	{"SetElem", "RRR+S", false, true, "a[b] = c, cached at site S[next word]"},
	{"DelProp", "RRS", false, true, "a = delete b[S[c]]"},
	{"DelElem", "RRR", false, true, "a = delete b[c]"},
	{"In", "RRR", false, true, "a = b in c"},
	{"GetSuper", "RR", false, true, "a = super[b] with this"},
	{"SetSuper", "RR", false, true, "super[a] = b with this"},
	{"InitProp", "RSR", false, true, "define data property a[S[b]] = c (enumerable, writable, configurable)"},
	{"InitElem", "RRR", false, true, "define data property a[b] = c"},
	{"InitGetter", "RRR", false, true, "define getter a[b] = c (enumerable when on an object literal)"},
	{"InitSetter", "RRR", false, true, "define setter a[b] = c"},
	{"InitMethod", "RRR", false, true, "define method a[b] = c (non-enumerable; class methods)"},
	{"InitClassGetter", "RRR", false, true, "define non-enumerable getter a[b] = c"},
	{"InitClassSetter", "RRR", false, true, "define non-enumerable setter a[b] = c"},
	{"SetProto", "RR", false, false, "a.[[Prototype]] = b if b is an object or null (the __proto__: literal form)"},
	{"SetHome", "RR", false, false, "function a's home object = b"},
	{"SetFuncName", "RRU", false, false, "SetFunctionName(a, b) with prefix c (0 none, 1 get, 2 set)"},
	{"CopyProps", "RR", false, true, "CopyDataProperties(a, b) (object spread)"},
	{"CopyPropsExcl", "RRR", false, true, "a = new object with b's own enumerable properties except the keys in array c"},
	{"ToPropKey", "RR", false, true, "a = ToPropertyKey(b)"},

	// Literals.
	{"NewObject", "R", false, false, "a = {}"},
	{"NewArray", "RUR", false, false, "a = [c, c+1, ..., c+b-1]"},
	{"ArrayPush", "RR", false, true, "append b to array a"},
	{"ArrayHole", "R", false, false, "append a hole to array a"},
	{"ArraySpread", "RR", false, true, "append every value of iterable b to array a"},
	{"NewRegExp", "RKx", false, true, "a = new RegExp from the literal K[bx]"},
	{"Template", "RKx", false, false, "a = the template object of site K[bx]"},
	{"Closure", "RFx", false, false, "a = new closure of function F[bx] over env"},
	{"Class", "RRR", false, true, "set up class: a = constructor closure, b = superclass (<empty> if none), c = prototype out"},
	{"ToString", "RR", false, true, "a = ToString(b) (template literal substitutions)"},

	// Operators.
	{"Add", "RRR", false, true, "a = b + c"},
	{"Sub", "RRR", false, true, "a = b - c"},
	{"Mul", "RRR", false, true, "a = b * c"},
	{"Div", "RRR", false, true, "a = b / c"},
	{"Mod", "RRR", false, true, "a = b % c"},
	{"Exp", "RRR", false, true, "a = b ** c"},
	{"Shl", "RRR", false, true, "a = b << c"},
	{"Shr", "RRR", false, true, "a = b >> c"},
	{"UShr", "RRR", false, true, "a = b >>> c"},
	{"BitAnd", "RRR", false, true, "a = b & c"},
	{"BitOr", "RRR", false, true, "a = b | c"},
	{"BitXor", "RRR", false, true, "a = b ^ c"},
	{"Eq", "RRR", false, true, "a = b == c"},
	{"Ne", "RRR", false, true, "a = b != c"},
	{"StrictEq", "RRR", false, false, "a = b === c"},
	{"StrictNe", "RRR", false, false, "a = b !== c"},
	{"Lt", "RRR", false, true, "a = b < c"},
	{"Gt", "RRR", false, true, "a = b > c"},
	{"Le", "RRR", false, true, "a = b <= c"},
	{"Ge", "RRR", false, true, "a = b >= c"},
	{"InstanceOf", "RRR", false, true, "a = b instanceof c"},
	{"AddI", "RRI", false, true, "a = b + int16(c)"},
	{"Neg", "RR", false, true, "a = -b"},
	{"Plus", "RR", false, true, "a = +b"},
	{"Not", "RR", false, false, "a = !b"},
	{"BitNot", "RR", false, true, "a = ~b"},
	{"Typeof", "RR", false, false, "a = typeof b"},
	{"ToNumeric", "RR", false, true, "a = ToNumeric(b)"},
	{"Inc", "RR", false, true, "a = b + 1 (b numeric)"},
	{"Dec", "RR", false, true, "a = b - 1 (b numeric)"},

	// Control.
	{"Jmp", "", true, false, "jump"},
	{"JmpTrue", "R", true, false, "jump if a is truthy"},
	{"JmpFalse", "R", true, false, "jump if a is falsy"},
	{"JmpNullish", "R", true, false, "jump if a is null or undefined"},
	{"JmpNotNullish", "R", true, false, "jump if a is neither null nor undefined"},
	{"JmpUndef", "R", true, false, "jump if a is undefined"},
	{"JmpNotUndef", "R", true, false, "jump if a is not undefined"},
	{"JmpStrictEq", "RR", true, false, "jump if a === b (switch cases)"},
	{"JmpLt", "RR", true, true, "jump if a < b"},
	{"Throw", "RU", false, true, "throw a; b = 1 rethrows an exception a handler caught (a finally block's, an iterator close's): it keeps the place it was first thrown"},
	{"ThrowError", "UKx", false, true, "throw a new error of kind a (0 TypeError, 1 ReferenceError, 2 SyntaxError, 3 RangeError) with message K[bx]"},
	{"Return", "R", false, false, "return a"},
	{"ReturnUndef", "", false, false, "return undefined"},
	{"Debugger", "", false, false, "debugger statement"},

	// Calls.
	{"Call", "RRU", false, true, "a = b(c args from b+2, this = b+1)"},
	{"CallSpread", "RR", false, true, "a = b(...array b+2, this = b+1)"},
	{"New", "RRU", false, true, "a = new b(c args from b+2)"},
	{"NewSpread", "RR", false, true, "a = new b(...array b+2)"},
	{"SuperCall", "RRU", false, true, "a = super(c args from b+2): b = the active class constructor, b+1 = new.target; ReferenceError if a is not <empty> before; runs field initialisers"},
	{"SuperCallSpread", "RR", false, true, "a = super(...array b+2), otherwise as SuperCall"},
	{"CallEval", "RRU", false, true, "a = b(c args from b+2, this = b+1), a direct eval when b is %eval%"},

	// Iteration.
	{"GetIter", "RRU", false, true, "a = iterator of b, a+1 = its next method; c = 1 words a failure as built-ins do (yield*), 0 as syntax does, and says only IterNext, IterClose and IterCloseQuiet see the record, which the vm may then keep without an iterator object"},
	{"GetAsyncIter", "RR", false, true, "a = async iterator of b (CreateAsyncFromSyncIterator if needed), a+1 = its next method"},
	{"IterNext", "RR", true, true, "a = next value of iterator record b; jump when done"},
	{"IterClose", "R", false, true, "call return() of iterator record a (a+1 is next), if any; TypeError if it returns a non-object"},
	{"IterCloseQuiet", "R", false, false, "call return() of iterator record a, if any, ignoring its result and errors (a throw completion is under way)"},
	{"ForInPrep", "RR", false, true, "a = for-in key iterator over b"},
	{"ForInNext", "RR", true, false, "a = next key of for-in iterator b; jump when done"},

	// Generators and async functions.
	{"InitialYield", "", false, false, "end of a generator's prologue: suspend until the first next()"},
	{"Yield", "RR", false, false, "suspend, producing a; on resume b = sent value, b+1 = resume mode (0 next, 1 throw, 2 return)"},
	{"YieldIterResult", "RR", false, false, "as Yield but a is already an iterator result (yield* forwarding), or Empty with the value in a+1 (after DelegateNext)"},
	{"Await", "RR", false, false, "suspend until a settles; on resume b = value, b+1 = mode (0 fulfilled, 1 rejected)"},
	{"AsyncReturnWrap", "RR", false, true, "a = the async generator's await of b before it is returned"},
	{"IterResult", "RRU", false, false, "a = { value: b, done: c }"},
	{"IterValueDone", "RRU", false, true, "a+1 = b.done as boolean, then a = b.value: always (c = 0), only when done (c = 1: sync yield*), only when not done (c = 2: for await); undefined otherwise"},
	{"GetMethod", "RRS", false, true, "a = GetMethod(b, S[c]) (undefined when null/undefined)"},
	{"CheckObject", "RKx", false, true, "throw TypeError(K[bx]) unless a is an object"},

	// Modules.
	{"ImportMeta", "R", false, false, "a = import.meta"},
	{"DynImport", "RR", false, true, "a = import(b)"},
	{"DynImportWith", "RRR", false, true, "a = import(b, c): c is the options object (import attributes)"},

	// Private names (class fields and #private members).
	{"NewPrivateName", "RKx", false, false, "a = a new private name described by K[bx]"},
	{"GetPrivate", "RRR", false, true, "a = b.#c"},
	{"SetPrivate", "RRR", false, true, "a.#b = c"},
	{"DefinePrivate", "RRR", false, true, "add private field a.#b = c (TypeError if present)"},
	{"HasPrivate", "RRR", false, true, "a = #c in b"},
	{"InitFields", "R", false, true, "run the field initialisers of the running constructor's class on a"},
	{"SetFields", "RR", false, false, "class constructor a's field initialiser function = b"},

	// Appended for the compiler: eval declarations and explicit super references.
	{"PushVarEnv", "Kx", false, false, "as PushEnv, and marks the new environment as a function's variable environment: the one sloppy direct eval declares var and function declarations in"},
	{"DeclareEvalVar", "Sx", false, true, "EvalDeclarationInstantiation (ECMA-262 §19.2.1.3) for var S[bx]: create it, initialised to undefined, in the nearest variable environment (PushVarEnv) of env's chain unless it exists there, or as a deletable global var when there is none"},
	{"DeclareEvalFunc", "RSx", false, true, "as DeclareEvalVar for function S[bx], then set it to a (a deletable global function binding when global)"},
	{"GetSuperFrom", "RRR", false, true, "a = super[c] with home object b and this b+1 (the explicit GetSuper, for arrows, eval code and derived constructors whose this is captured)"},
	{"SetSuperFrom", "RRR", false, true, "super[b] = c with home object a and this a+1 (the explicit SetSuper)"},

	// Fused compare-and-jump for loop and if conditions: one dispatch
	// instead of a compare, a boolean and a test. "Not" forms jump when the
	// comparison is false or undefined (NaN), as `if (!(a < b))` would.
	{"JmpLe", "RR", true, true, "jump if a <= b"},
	{"JmpGt", "RR", true, true, "jump if a > b"},
	{"JmpGe", "RR", true, true, "jump if a >= b"},
	{"JmpNotLt", "RR", true, true, "jump unless a < b"},
	{"JmpNotLe", "RR", true, true, "jump unless a <= b"},
	{"JmpNotGt", "RR", true, true, "jump unless a > b"},
	{"JmpNotGe", "RR", true, true, "jump unless a >= b"},
	{"JmpStrictNe", "RR", true, false, "jump if a !== b"},

	// Private methods and accessors (ECMA-262 §15.7.14 step 31): the
	// function lives on the private name; objects only carry its brand.
	{"PrivateMethod", "RRU", false, false, "private name a is a method (c&3 = 0), getter (1) or setter (2) with function b; c&4 marks a static one"},

	// Block coverage (NODE_V8_COVERAGE): emitted only when the compiler
	// is asked for it, so ordinary code never pays for counting.
	{"CoverCount", "Ux", false, false, "count one more run of the running function's coverage range bx"},

	// Compare-and-jump against an integer literal: switch cases on
	// numbers and tests like `node.kind === 80` (tsc's code is full of
	// both, its enums being inlined as literals) need no LoadInt into a
	// scratch register first.
	{"JmpStrictEqI", "RIx", true, false, "jump if a === int16(bx)"},
	{"JmpStrictNeI", "RIx", true, false, "jump if a !== int16(bx)"},

	// A call whose this is undefined (a plain f(x)): one dispatch fewer
	// than a LoadUndef before a Call, on the most frequent kind of call.
	{"CallU", "RRU", false, true, "b+1 = undefined; a = b(c args from b+2, this = b+1)"},

	// The inner nodes of the binary search a switch whose cases are all
	// integer literals compiles to: a non-number never jumps, so it goes
	// on to JmpStrictEqI leaves that fail, and to the default.
	{"JmpNumLtI", "RIx", true, false, "jump if a is a number < int16(bx)"},

	// Operators with a small integer literal as their right operand
	// (n - 1, x & 1, x | 0, i % 7, 3 * x): one dispatch instead of a
	// LoadInt into a scratch register and the register form. Each has its
	// register form's semantics exactly, int16(c) standing for a number
	// right operand: `x - 1` converts x with ToNumeric, not as `x + -1`'s
	// ToPrimitive would, and a BigInt left operand throws as it does there.
	// c holds 0..255 in a plain instruction; any other int16 (`% 10007`,
	// `=== -1`) takes a Wide prefix, which costs a word but no dispatch.
	{"SubI", "RRI", false, true, "a = b - int16(c)"},
	{"MulI", "RRI", false, true, "a = b * int16(c)"},
	{"DivI", "RRI", false, true, "a = b / int16(c)"},
	{"ModI", "RRI", false, true, "a = b % int16(c)"},
	{"ShlI", "RRI", false, true, "a = b << int16(c)"},
	{"ShrI", "RRI", false, true, "a = b >> int16(c)"},
	{"UShrI", "RRI", false, true, "a = b >>> int16(c)"},
	{"BitAndI", "RRI", false, true, "a = b & int16(c)"},
	{"BitOrI", "RRI", false, true, "a = b | int16(c)"},
	{"BitXorI", "RRI", false, true, "a = b ^ int16(c)"},
	{"StrictEqI", "RRI", false, false, "a = b === int16(c)"},
	{"StrictNeI", "RRI", false, false, "a = b !== int16(c)"},
	{"LtI", "RRI", false, true, "a = b < int16(c)"},
	{"LeI", "RRI", false, true, "a = b <= int16(c)"},
	{"GtI", "RRI", false, true, "a = b > int16(c)"},
	{"GeI", "RRI", false, true, "a = b >= int16(c)"},

	// Fused compare-and-jump against an integer literal (n < 2,
	// k < 60), with JmpLt's semantics: a is converted (ToPrimitive with
	// hint number, which may throw) and the "Not" forms jump on NaN.
	{"JmpLtI", "RIx", true, true, "jump if a < int16(bx)"},
	{"JmpLeI", "RIx", true, true, "jump if a <= int16(bx)"},
	{"JmpGtI", "RIx", true, true, "jump if a > int16(bx)"},
	{"JmpGeI", "RIx", true, true, "jump if a >= int16(bx)"},
	{"JmpNotLtI", "RIx", true, true, "jump unless a < int16(bx)"},
	{"JmpNotLeI", "RIx", true, true, "jump unless a <= int16(bx)"},
	{"JmpNotGtI", "RIx", true, true, "jump unless a > int16(bx)"},
	{"JmpNotGeI", "RIx", true, true, "jump unless a >= int16(bx)"},

	// Tests against null as conditions (`node === null`, `x !== null`):
	// one dispatch instead of a LoadNull into a scratch register and a
	// compare. (undefined has JmpUndef, `== null` JmpNullish.)
	{"JmpNull", "R", true, false, "jump if a is null"},
	{"JmpNotNull", "R", true, false, "jump if a is not null"},

	// An element read at a literal index (a[0], pair[1]): one dispatch
	// instead of a LoadInt into a scratch register and a GetElem.
	{"GetElemI", "RRU", false, true, "a = b[c] (c an array index)"},

	// `return 0`, `return -1`, `return 1`: comparators, base cases and
	// status results return a small integer literal, in one dispatch
	// instead of a LoadInt into a scratch register and a Return.
	{"ReturnI", "Ix", false, false, "return int16(bx)"},

	// yield*'s next step when the delegate is a generator whose next is
	// the built-in one: the delegate is resumed in place, and the result
	// object its next would make (and yield* would read back and pass on)
	// is never made. Otherwise it falls through to the general call.
	{"DelegateNext", "RRR", true, true, "if iterator record b is a generator with the built-in next: resume it with c, a = Empty, a+1 = its value, a+2 = done, and jump"},

	// eval(...args): a direct eval when b is %eval% (ECMA-262 §13.3.6.1
	// looks at the callee only, after ArgumentListEvaluation).
	{"CallEvalSpread", "RR", false, true, "a = b(...array b+2, this = b+1), a direct eval when b is %eval%"},
}
