//go:build kilnrun

package parser

// kiln-run, the runtime-only build, leaves esbuild out: its package
// initialisation (large tables, and net/http pulled in) costs every process
// start-up time, whether or not the program needs it, and a program that
// is plain JavaScript never does, since the compiler supports all syntax
// natively. What needs esbuild says so and points at kiln.

import "fmt"

// BuildTools says whether this build has esbuild's loaders, lowering and
// bundler; kiln-run, the runtime-only build (tag kilnrun), leaves them out.
const BuildTools = false

// Lower is only called for syntax the compiler does not support, which
// kiln-run cannot rewrite.
func Lower(src, filename string, unsupported Features) (code string, sm *SourceMap, err error) {
	return "", nil, fmt.Errorf("%s: kiln-run cannot lower syntax Kiln's compiler does not support yet (%s), as it is Kiln's runtime without its build tools: run it with kiln", filename, unsupported)
}

// TransformLoaderCommonJS refuses TypeScript and JSX, as TransformLoader.
func TransformLoaderCommonJS(src, filename string) (code string, sm *SourceMap, err error) {
	return TransformLoader(src, filename)
}

// TransformLoader refuses TypeScript and JSX, which only esbuild compiles.
func TransformLoader(src, filename string) (code string, sm *SourceMap, err error) {
	return "", nil, fmt.Errorf("%s: kiln-run does not compile TypeScript or JSX (it is Kiln's runtime without its build tools): run it with kiln, or build it into a snapshot with `kiln build`", filename)
}

// TsconfigFor is "" in kiln-run, which compiles no TypeScript.
func TsconfigFor(filename string) string { return "" }
