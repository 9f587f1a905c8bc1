package stdlib

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/compiler"
	"github.com/kilnjs/kiln/internal/sysfile"
	"github.com/kilnjs/kiln/parser"
)

// Ahead-of-time compilation: Build turns a program into the Program that
// `kiln build` writes as a snapshot, and RunProgram runs a loaded snapshot
// as the main module.
//
// A snapshot runs as the module it was built from: __filename, __dirname,
// require() of relative paths and stack traces all name the original file
// (made absolute at build time). An app that must run away from its sources
// is built with Bundle, which leaves only built-in modules to require.

// BuildOptions configure Build.
type BuildOptions struct {
	// Bundle has esbuild inline the entry's local files and node_modules
	// dependencies; built-in modules stay external.
	Bundle bool
	// Note, when not nil, is given what the user should know about a
	// bundle (which modules keep their build-time paths), as lines of text.
	Note func(text string)
}

// Build compiles file as the main module of a snapshot: a CommonJS module,
// or an ES module when Node would load the file as one (a bundle too:
// esbuild turns the modules it inlines into the entry's format).
func Build(file string, opts BuildOptions) (*bytecode.Program, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return nil, err
	}
	ms := &moduleSystem{pkgCache: map[string]*pkgJSON{}}
	format := ms.formatOf(abs)
	if opts.Bundle {
		// An ES module entry bundles into an ES module, where top-level
		// await works; the bundle's source map goes into the line tables,
		// so errors and stack traces name the files as written.
		esm := format == formatModule
		b, err := parser.BundleWithMap(abs, func(file string) bool { return ms.formatOf(file) == formatModule })
		if err != nil {
			return nil, err
		}
		if opts.Note != nil && len(b.OwnPaths) > 0 {
			opts.Note(ownPathsNote(filepath.Dir(abs), b.OwnPaths))
		}
		kind, name := KindCommonJS, abs
		if esm {
			kind, name = KindModule, fileURL(abs)
		}
		p, err := Compile(b.Code, name, kind)
		if err != nil {
			return nil, err
		}
		compiler.MapToSources(p, b.Map)
		return p, nil
	}
	data, err := os.ReadFile(abs)
	if err != nil {
		return nil, err
	}
	src := strings.TrimPrefix(string(data), "\uFEFF")
	return compileEntry(src, abs, fileURL(abs), format)
}

// ownPathsNote tells which bundled modules use their own paths: what they
// read through them at run time is not in the bundle, and must be at the
// same absolute paths where the app runs (README.md, "Shipping an app").
func ownPathsNote(root string, files []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "note: %d bundled module(s) use their own __dirname, __filename, import.meta.url or require.resolve, which keep their paths under %s:\n", len(files), root)
	for _, f := range files {
		if rel, err := filepath.Rel(root, f); err == nil {
			f = rel
		}
		fmt.Fprintf(&b, "  %s\n", f)
	}
	b.WriteString("  files they read at run time are not in the bundle: they must be at those paths where the app runs\n")
	return b.String()
}

// LoadSnapshotFile reads and decodes the snapshot at file, verifying every
// function; every error is one line naming the file.
func LoadSnapshotFile(file string) (*bytecode.Program, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	return bytecode.DecodeSnapshot(file, data)
}

// LoadSnapshotToRun is LoadSnapshotFile for a program about to run: each
// function is verified before it first runs rather than all of them now
// (bytecode.DecodeSnapshotDeferred), and one that fails stops the program
// with a one-line error and exit status 1, as a load error does.
func LoadSnapshotToRun(file string) (*bytecode.Program, error) {
	data, err := sysfile.ReadFile(file)
	if err != nil {
		return nil, err
	}
	return bytecode.DecodeSnapshotDeferred(file, data)
}

// RunProgram runs p, a program loaded from a snapshot, as the main module
// and then the event loop, as RunMain does for a source file.
func (n *Node) RunProgram(p *bytecode.Program) int {
	if p.Module != nil {
		n.modules.esm.main = p
		return n.RunMain(pathOfReferrer(p.Filename))
	}
	if p.Main.Flags&bytecode.FlagModuleWrapper == 0 {
		fmt.Fprintf(n.opts.Stderr, "kiln: %s: the snapshot holds no CommonJS main module\n", p.Filename)
		return 1
	}
	n.modules.main = p
	return n.RunMain(p.Filename)
}
