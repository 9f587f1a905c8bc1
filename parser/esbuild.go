package parser

// esbuild is Kiln's front end for what the native parser does not handle:
// TypeScript/JSX loaders and lowering of syntax the compiler does not support
// yet (DESIGN.md "parser: esbuild plus Kiln's own parser"). Its output is
// parsed again by Parse; the source map it returns maps positions in that
// output back to the user's file.

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// Lower runs esbuild over plain JavaScript so that every feature in
// unsupported is rewritten into syntax the compiler supports. The format
// (script or module) is preserved and nothing is minified.
func Lower(src, filename string, unsupported Features) (code string, sm *SourceMap, err error) {
	supported := map[string]bool{}
	for _, name := range unsupported.EsbuildNames() {
		supported[name] = false
	}
	return transform(src, filename, api.LoaderJS, supported)
}

// TransformLoader compiles TypeScript or JSX source (.ts .tsx .jsx .mts
// .cts) to JavaScript; JSX uses React.createElement.
func TransformLoader(src, filename string) (code string, sm *SourceMap, err error) {
	var loader api.Loader
	switch strings.ToLower(filepath.Ext(filename)) {
	case ".ts", ".mts", ".cts":
		loader = api.LoaderTS
	case ".tsx":
		loader = api.LoaderTSX
	case ".jsx":
		loader = api.LoaderJSX
	default:
		return "", nil, fmt.Errorf("parser: no loader for %q", filename)
	}
	return transform(src, filename, loader, nil)
}

func transform(src, filename string, loader api.Loader, supported map[string]bool) (string, *SourceMap, error) {
	res := api.Transform(src, api.TransformOptions{
		Loader:        loader,
		Sourcefile:    filename,
		Sourcemap:     api.SourceMapExternal,
		Supported:     supported,
		Format:        api.FormatDefault,
		JSX:           api.JSXTransform,
		JSXFactory:    "React.createElement",
		JSXFragment:   "React.Fragment",
		LegalComments: api.LegalCommentsInline,
	})
	if len(res.Errors) > 0 {
		m := res.Errors[0]
		se := &SyntaxError{Msg: m.Text, File: filename}
		if loc := m.Location; loc != nil {
			se.Line = loc.Line
			se.Column = utf16Len(loc.LineText[:min(loc.Column, len(loc.LineText))])
			if loc.File != "" {
				se.File = loc.File
			}
		}
		return "", nil, se
	}
	sm, err := ParseSourceMap(res.Map)
	if err != nil {
		return "", nil, fmt.Errorf("parser: esbuild source map for %s: %w", filename, err)
	}
	return string(res.Code), sm, nil
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

// SourceMap maps positions in generated code back to the original source.
// Lines are 1-based and columns 0-based UTF-16 code units on both sides.
type SourceMap struct {
	Sources []string
	// SourcesContent[i] is the text of Sources[i] ("" when the map has none).
	SourcesContent []string
	// lines[i] holds the mappings of generated line i+1 sorted by column.
	lines [][]Mapping
}

// Mapping is one decoded source map segment (0-based lines internally).
type Mapping struct {
	GenCol   int32
	Source   int32 // index into Sources, -1 for a segment with no origin
	OrigLine int32 // 0-based
	OrigCol  int32
}

// ParseSourceMap decodes a version 3 source map.
func ParseSourceMap(data []byte) (*SourceMap, error) {
	var raw struct {
		Version        int       `json:"version"`
		Sources        []string  `json:"sources"`
		SourcesContent []*string `json:"sourcesContent"`
		Mappings       string    `json:"mappings"`
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	if raw.Version != 3 {
		return nil, fmt.Errorf("unsupported source map version %d", raw.Version)
	}
	sm := &SourceMap{Sources: raw.Sources}
	if raw.SourcesContent != nil {
		sm.SourcesContent = make([]string, len(raw.Sources))
		for i, c := range raw.SourcesContent {
			if c != nil && i < len(sm.SourcesContent) {
				sm.SourcesContent[i] = *c
			}
		}
	}
	var src, origLine, origCol int32
	for _, lineText := range strings.Split(raw.Mappings, ";") {
		var segs []Mapping
		var genCol int32
		for _, seg := range strings.Split(lineText, ",") {
			if seg == "" {
				continue
			}
			vals, err := decodeVLQ(seg)
			if err != nil {
				return nil, err
			}
			switch len(vals) {
			case 1:
				genCol += vals[0]
				segs = append(segs, Mapping{GenCol: genCol, Source: -1})
			case 4, 5:
				genCol += vals[0]
				src += vals[1]
				origLine += vals[2]
				origCol += vals[3]
				segs = append(segs, Mapping{GenCol: genCol, Source: src, OrigLine: origLine, OrigCol: origCol})
			default:
				return nil, fmt.Errorf("bad mapping segment %q", seg)
			}
		}
		sort.SliceStable(segs, func(i, j int) bool { return segs[i].GenCol < segs[j].GenCol })
		sm.lines = append(sm.lines, segs)
	}
	return sm, nil
}

const base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// decodeVLQ decodes a segment of base64 VLQ numbers (Source Map Revision 3).
func decodeVLQ(s string) ([]int32, error) {
	var out []int32
	var v, shift int64
	for i := 0; i < len(s); i++ {
		d := strings.IndexByte(base64Chars, s[i])
		if d < 0 {
			return nil, fmt.Errorf("bad VLQ digit %q", s[i])
		}
		v |= int64(d&31) << shift
		if d&32 != 0 {
			shift += 5
			if shift > 35 {
				return nil, fmt.Errorf("VLQ value too large")
			}
			continue
		}
		n := v >> 1
		if v&1 != 0 {
			n = -n
		}
		out = append(out, int32(n))
		v, shift = 0, 0
	}
	if shift != 0 {
		return nil, fmt.Errorf("truncated VLQ")
	}
	return out, nil
}

// Original maps a generated position (1-based line, 0-based UTF-16 column)
// to the original source, using the closest mapping at or before the
// column on that line.
func (m *SourceMap) Original(line, col int) (source string, origLine, origCol int, ok bool) {
	if m == nil || line < 1 || line > len(m.lines) {
		return "", 0, 0, false
	}
	segs := m.lines[line-1]
	i := sort.Search(len(segs), func(i int) bool { return int(segs[i].GenCol) > col }) - 1
	if i < 0 || segs[i].Source < 0 {
		return "", 0, 0, false
	}
	s := segs[i]
	if int(s.Source) < len(m.Sources) {
		source = m.Sources[s.Source]
	}
	return source, int(s.OrigLine) + 1, int(s.OrigCol), true
}
