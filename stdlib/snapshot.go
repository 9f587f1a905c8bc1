package stdlib

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
	"github.com/kilnjs/kiln/bytecode"
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
}

// Build compiles file as a CommonJS main module for a snapshot.
func Build(file string, opts BuildOptions) (*bytecode.Program, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return nil, err
	}
	var src string
	if opts.Bundle {
		if src, err = bundle(abs); err != nil {
			return nil, err
		}
	} else {
		data, err := os.ReadFile(abs)
		if err != nil {
			return nil, err
		}
		src = strings.TrimPrefix(string(data), "\uFEFF")
	}
	return Compile(src, abs, KindCommonJS)
}

// bundle has esbuild resolve and inline everything entry requires or
// imports, as one CommonJS file. Its output keeps the entry's name so that
// errors still name the app, though lines then count in the bundle.
func bundle(entry string) (string, error) {
	res := api.Build(api.BuildOptions{
		EntryPoints:   []string{entry},
		Bundle:        true,
		Platform:      api.PlatformNode,
		Format:        api.FormatCommonJS,
		Target:        api.ESNext,
		Charset:       api.CharsetUTF8,
		LegalComments: api.LegalCommentsNone,
		LogLevel:      api.LogLevelSilent,
		AbsWorkingDir: filepath.Dir(entry),
		Write:         false,
	})
	if len(res.Errors) > 0 {
		m := res.Errors[0]
		if l := m.Location; l != nil {
			return "", fmt.Errorf("%s:%d:%d: %s", l.File, l.Line, l.Column+1, m.Text)
		}
		return "", fmt.Errorf("%s: %s", entry, m.Text)
	}
	if len(res.OutputFiles) != 1 {
		return "", fmt.Errorf("%s: bundling gave %d output files, want 1", entry, len(res.OutputFiles))
	}
	return string(res.OutputFiles[0].Contents), nil
}

// LoadSnapshotFile reads and decodes the snapshot at file; every error is
// one line naming the file.
func LoadSnapshotFile(file string) (*bytecode.Program, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	return bytecode.DecodeSnapshot(file, data)
}

// RunProgram runs p, a program loaded from a snapshot, as the main module
// and then the event loop, as RunMain does for a source file.
func (n *Node) RunProgram(p *bytecode.Program) int {
	if p.Main.Flags&bytecode.FlagModuleWrapper == 0 {
		fmt.Fprintf(n.opts.Stderr, "kiln: %s: the snapshot holds no CommonJS main module\n", p.Filename)
		return 1
	}
	n.modules.main = p
	return n.RunMain(p.Filename)
}
