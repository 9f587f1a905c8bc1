package stdlib

// --enable-source-maps (and process.setSourceMapsEnabled): stack traces
// and the banner of an uncaught error show positions in the source that
// generated code was made from (TypeScript compiled by tsc, a bundle),
// found through the code's "//# sourceMappingURL=" comment, as node shows
// them. The maps are read when a stack is first formatted, not when a
// module loads: errors are rare, loads are not.

import (
	"encoding/base64"
	"encoding/json"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/kilnjs/kiln/parser"
	"github.com/kilnjs/kiln/vm"
)

// fileSourceMap is a generated file's source map (nil when it has none or
// it cannot be read) and the folder its sources are relative to.
type fileSourceMap struct {
	sm   *parser.SourceMap
	base string // the map's folder joined with its sourceRoot
	// For module.findSourceMap: the map's JSON, the file it is in (the
	// generated file's path for an inline map) and the generated code.
	raw     []byte
	mapPath string
	code    string
}

// setSourceMaps turns the mapping of stack positions on or off.
func (n *Node) setSourceMaps(on bool) {
	n.sourceMapsOn = on
	if on {
		n.VM.SetStackMapper(n.mapPosition)
	} else {
		n.VM.SetStackMapper(nil)
	}
}

// noteSourceMap marks the file a module is compiled from as one whose
// positions map, when source maps are on then: node reads a module's map
// as it loads it, so one loaded before they were turned on keeps its
// positions.
func (n *Node) noteSourceMap(filename string) {
	n.noteSourceMapOf(filename, "", false)
}

// noteSourceMapOf is noteSourceMap for a file whose code a load hook gave
// (hooked), code.
func (n *Node) noteSourceMapOf(filename, code string, hooked bool) {
	if !n.sourceMapsOn {
		return
	}
	if n.loadedMapped == nil {
		n.loadedMapped = map[string]bool{}
	}
	path := strings.TrimPrefix(filename, "file://")
	n.loadedMapped[path] = true
	if hooked {
		if n.hookedSources == nil {
			n.hookedSources = map[string]string{}
		}
		n.hookedSources[path] = code
	}
}

// mapPosition maps a position in file (a path, or a file: URL for an ES
// module) to the original source's path, when file has a source map that
// covers it. Lines and columns are 1-based.
func (n *Node) mapPosition(file string, line, col int) (string, int, int, bool) {
	path := file
	if strings.HasPrefix(file, "file://") {
		u, err := url.Parse(file)
		if err != nil {
			return "", 0, 0, false
		}
		path = filepath.FromSlash(u.Path)
	}
	if !n.loadedMapped[path] {
		return "", 0, 0, false
	}
	fm := n.sourceMapOf(path)
	if fm.sm == nil {
		return "", 0, 0, false
	}
	src, origLine, origCol, ok := fm.sm.Original(line, col-1)
	if !ok {
		return "", 0, 0, false
	}
	return sourcePath(fm.base, src), origLine, origCol + 1, true
}

// sourceLine is line (1-based) of an original source: from the map's
// sourcesContent, else from the file.
func (n *Node) sourceLine(generated, source string, line int) string {
	fm := n.sourceMapOf(strings.TrimPrefix(generated, "file://"))
	if fm.sm != nil {
		for i, s := range fm.sm.Sources {
			if sourcePath(fm.base, s) == source && i < len(fm.sm.SourcesContent) && fm.sm.SourcesContent[i] != "" {
				return vm.SourceLine(fm.sm.SourcesContent[i], line)
			}
		}
	}
	return fileLine(source, line)
}

// sourcePath is where a map's source is: a path relative to base, or a
// file: URL.
func sourcePath(base, src string) string {
	if strings.HasPrefix(src, "file://") {
		if u, err := url.Parse(src); err == nil {
			return filepath.FromSlash(u.Path)
		}
	}
	if filepath.IsAbs(src) {
		return filepath.Clean(src)
	}
	return filepath.Join(base, filepath.FromSlash(src))
}

// sourceMapOf reads and caches the source map of the generated file path.
func (n *Node) sourceMapOf(path string) *fileSourceMap {
	if fm, ok := n.sourceMaps[path]; ok {
		return fm
	}
	if n.sourceMaps == nil {
		n.sourceMaps = map[string]*fileSourceMap{}
	}
	fm := &fileSourceMap{}
	n.sourceMaps[path] = fm
	code, ok := n.hookedSources[path]
	if !ok {
		data, err := os.ReadFile(path)
		if err != nil {
			return fm
		}
		code = string(data)
	}
	data, mapPath, err := readSourceMap(path, code)
	if err != nil || data == nil {
		return fm
	}
	dir := filepath.Dir(mapPath)
	sm, err := parser.ParseSourceMap(data)
	if err != nil {
		return fm
	}
	var root struct {
		SourceRoot string `json:"sourceRoot"`
	}
	json.Unmarshal(data, &root)
	fm.sm, fm.base = sm, sourcePath(dir, root.SourceRoot)
	fm.raw, fm.mapPath, fm.code = data, mapPath, code
	return fm
}

// loadedSourceMap is module.findSourceMap's: the map of a module loaded
// while source maps were on, as node keeps them (nil for none).
func (n *Node) loadedSourceMap(file string) *fileSourceMap {
	path := file
	if strings.HasPrefix(file, "file://") {
		u, err := url.Parse(file)
		if err != nil {
			return nil
		}
		path = filepath.FromSlash(u.Path)
	}
	if !n.loadedMapped[path] {
		return nil
	}
	if fm := n.sourceMapOf(path); fm.sm != nil {
		return fm
	}
	return nil
}

// lineLengths are the lengths of code's lines in UTF-16 units, as node
// counts them for a source map: lines end at \n, U+2028 and U+2029, and a
// \r before a \n counts.
func lineLengths(code string) []int {
	var out []int
	n := 0
	for _, r := range code {
		switch r {
		case '\n', '\u2028', '\u2029':
			out = append(out, n)
			n = 0
			continue
		}
		if r > 0xFFFF {
			n += 2
		} else {
			n++
		}
	}
	return append(out, n)
}

// readSourceMap reads the source map that code, the text of the file at
// path, names: nil when it names none. mapPath is the map's file, or path
// itself for an inline (data: URL) map.
func readSourceMap(path, code string) (data []byte, mapPath string, err error) {
	ref := sourceMappingURL(code)
	if ref == "" {
		return nil, path, nil
	}
	if rest, ok := strings.CutPrefix(ref, "data:"); ok {
		meta, payload, _ := strings.Cut(rest, ",")
		if strings.HasSuffix(meta, ";base64") {
			data, err = base64.StdEncoding.DecodeString(payload)
		} else {
			var s string
			s, err = url.PathUnescape(payload)
			data = []byte(s)
		}
		return data, path, err
	}
	mapPath = sourcePath(filepath.Dir(path), ref)
	data, err = os.ReadFile(mapPath)
	return data, mapPath, err
}

// sourceMappingURL is the URL of the last "//# sourceMappingURL=" (or the
// older "//@") comment of code, "" for none.
func sourceMappingURL(code string) string {
	for {
		i := max(strings.LastIndex(code, "//# sourceMappingURL="), strings.LastIndex(code, "//@ sourceMappingURL="))
		if i < 0 {
			return ""
		}
		ref := code[i+len("//# sourceMappingURL="):]
		if j := strings.IndexAny(ref, "\r\n"); j >= 0 {
			ref = ref[:j]
		}
		if ref = strings.TrimSpace(ref); ref != "" {
			return ref
		}
		code = code[:i]
	}
}
