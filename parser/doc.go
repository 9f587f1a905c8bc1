// Package parser is Kiln's ECMAScript front end: lexer, parser, AST, scope
// analysis and early errors, plus the esbuild pass for TypeScript/JSX and
// for lowering syntax the compiler does not support yet.
//
// It owns turning source text into a *Program: every node carries exact byte
// positions (Loc), every identifier reference is bound to the Binding it
// resolves to (or marked unresolved/dynamic), and every "Static Semantics:
// Early Errors" rule of ECMA-262 that applies to the syntax is reported as a
// *SyntaxError with V8's wording and a 1-based line / 0-based UTF-16 column.
// It must not know about bytecode, values or execution; the compiler reads
// the AST and scopes, nothing flows back.
//
// Main types:
//   - Program, and the node sum types Stmt, Expr and Pattern (ast.go), one
//     struct per node kind in the style of esbuild's AST;
//   - Scope and Binding (scope_types.go): the scope tree the compiler turns
//     into registers and environments, with Captured, HasDirectEval,
//     UsesArguments, UsesThis, ContainsWith and PerIteration;
//   - Options and Parse (parser.go), SyntaxError (errors.go);
//   - Features (features.go): syntax features a program uses, named as
//     esbuild's compat features so Lower can lower exactly the missing ones;
//   - Lower and TransformLoader (esbuild.go), Bundle and BundleWithMap
//     (bundle.go), with their runtime-only counterparts under the kilnrun
//     build tag, which leaves esbuild out of kiln-run (*_kilnrun.go);
//   - SourceMap (sourcemap.go), in both builds.
//
// Parsing runs in two passes: recursive descent with cover grammars builds
// the AST (parser.go, stmt.go, expr.go, class.go over lexer.go), then
// resolve.go builds scopes and binds references. Nesting depth is bounded
// (maxDepth), so hostile input yields a SyntaxError, not a stack overflow.
// Regular expression bodies are validated through the ValidateRegExp hook.
package parser
