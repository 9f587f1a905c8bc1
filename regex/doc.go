// Package regex is Kiln's ECMAScript regular expression engine: ECMA-262 §22.2 (RegExp pattern syntax and
// semantics) with the Annex B.1.2 extensions, over UTF-16 code units.
//
// It owns parsing a pattern (with V8's SyntaxError messages, so that programs see the same text as on Node),
// compiling it to a small instruction program, and running that program against a string. It does not own the
// RegExp object: lastIndex, exec's result array, Symbol.replace and the rest belong to the VM, which calls Match.
// It imports nothing of Kiln's, and only the standard library (Unicode data comes from package unicode).
//
// # Machine model
//
// Compile parses the pattern into a node tree (syntax.go, classv.go for the v flag) and lowers it to a slice of
// inst (compile.go). The machine (exec.go) runs those instructions with a program counter, a position, a register
// file and one explicit backtracking stack:
//
//   - registers 0…2n-1 hold the capture start/end pairs of the n groups (group 0 included), the rest hold loop
//     counters and loop start positions;
//   - every register write pushes the old value, every choice point pushes where to resume, so failing pops back
//     to the last choice and undoes what came after it on the way;
//   - inside a lookbehind, consuming instructions read right to left.
//
// No Go recursion depends on the input, so /(a|b)*/ over a million characters only grows the stack slice. The
// parser and compiler recurse on the pattern's nesting, which is bounded (maxDepth) with a SyntaxError.
//
// Case-insensitive matching is resolved when compiling wherever it can be (a literal becomes a set, a class is
// closed under the folding relation); only backreferences fold at match time. The two relations are §22.2.2.7.3
// Canonicalize's: toUpperCase-based without u/v, simple case folding with them (fold.go).
//
// # Main types
//
// Program is a compiled pattern, immutable and safe for concurrent use; each Match takes a machine from a pool.
// Match runs over []uint16 and MatchLatin1 over Latin-1 bytes; both instantiate the same generic machine.
//
// # Known gaps
//
// Unicode property data is node's (props_node.go and props_strings.go, generated from node's ICU by gen_props.js
// and gen_strprops.mjs), not Go's, which is several Unicode versions older; case folding still uses Go's data.
// Under the v flag with i, complements are folded by closing the set before complementing, which
// matches the spec for classes but not in every corner for \P and \W.
package regex
