package parser

// Source maps are plain Go, apart from esbuild: the compiler maps line
// tables through them (compiler.MapToSources), so they stay in the
// runtime-only build (the kilnrun tag) too.

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// SourceMap maps positions in generated code back to the original source.
// Lines are 1-based and columns 0-based UTF-16 code units on both sides.
type SourceMap struct {
	Sources []string
	// SourcesContent[i] is the text of Sources[i] ("" when the map has none).
	SourcesContent []string
	// JSON is the map as esbuild's loaders wrote it (nil for other maps),
	// for the source-map-cache of NODE_V8_COVERAGE's reports.
	JSON []byte
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
