package compiler

import (
	"path/filepath"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/parser"
)

// MapToSources points the line tables of p, compiled from a bundle, at the
// files the bundle was made from, through sm (the bundle's source map):
// stack traces and error banners then name the file, line and column as
// written, as Node does for a bundle run with --enable-source-maps.
//
// p.Files gets the sources some entry maps into, in the map's order, with
// their text from the map's sourcesContent. An entry without a mapping
// (esbuild's own helpers, synthesised code) takes the nearest mapped
// position before it in the same function. A function with no mapped
// position at all is the bundler's own and gets FlagBundlerCode (its frames
// are left out of stack traces); it keeps its positions in the bundle
// (file 0). The method esbuild wraps each CommonJS file in gets
// FlagModuleWrapper, as a module loader's wrapper has. Source,
// SourceStart/SourceEnd and Callees still index the bundle:
// Function.prototype.toString shows the code that runs.
func MapToSources(p *bytecode.Program, sm *parser.SourceMap) {
	if p == nil || p.Main == nil || sm == nil {
		return
	}
	// Entries first take 1 + their index in sm.Sources as File; once the
	// walk knows which sources are used, fix renumbers them into p.Files,
	// so that files nothing maps into are not carried in the snapshot.
	index := make(map[string]int, len(sm.Sources))
	for i, s := range sm.Sources {
		if _, dup := index[s]; !dup {
			index[s] = i
		}
	}
	used := make([]bool, len(sm.Sources))
	dir := filepath.Dir(p.Filename)
	var walk func(f *bytecode.Function)
	walk = func(f *bytecode.Function) {
		var last bytecode.LinePos
		for i, l := range f.Lines {
			if src, line, col, ok := sm.Original(int(l.Line), int(l.Col)); ok {
				if k, known := index[src]; known {
					used[k] = true
					f.Lines[i] = bytecode.LinePos{PC: l.PC, Line: int32(line), Col: int32(col), File: int32(k + 1)}
					last = f.Lines[i]
					continue
				}
			}
			if last.Line > 0 {
				f.Lines[i] = bytecode.LinePos{PC: l.PC, Line: last.Line, Col: last.Col, File: last.File}
			}
		}
		switch {
		case f == p.Main:
			// The bundle's body stands for the entry module.
		case last.Line == 0 && len(f.Lines) > 0:
			f.Flags |= bytecode.FlagBundlerCode
		case f.Kind == bytecode.KindMethod && isSource(index, dir, f.Name):
			// esbuild wraps each CommonJS file in a method named by the
			// file's path (`"lib/a.js"(exports, module) {…}`): it is that
			// module's wrapper, which Node's traces call Object.<anonymous>.
			f.Flags |= bytecode.FlagModuleWrapper
		}
		for _, sub := range f.Funcs {
			walk(sub)
		}
	}
	walk(p.Main)

	renumber := make([]int32, len(sm.Sources)+1)
	p.Files = nil
	for i, s := range sm.Sources {
		if !used[i] {
			continue
		}
		sf := bytecode.SourceFile{Name: s}
		if i < len(sm.SourcesContent) {
			sf.Source = sm.SourcesContent[i]
		}
		p.Files = append(p.Files, sf)
		renumber[i+1] = int32(len(p.Files))
	}
	var fix func(f *bytecode.Function)
	fix = func(f *bytecode.Function) {
		for i := range f.Lines {
			f.Lines[i].File = renumber[f.Lines[i].File]
		}
		for _, sub := range f.Funcs {
			fix(sub)
		}
	}
	fix(p.Main)
}

// isSource reports whether name, relative to dir, is one of the map's
// sources.
func isSource(index map[string]int, dir, name string) bool {
	if name == "" || filepath.IsAbs(name) {
		return false
	}
	_, ok := index[filepath.Join(dir, filepath.FromSlash(name))]
	return ok
}
