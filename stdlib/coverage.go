package stdlib

// NODE_V8_COVERAGE: when the variable names a directory, the user's
// scripts and modules are compiled with block-coverage counters (see
// package compiler's coverage.go) and, when the process ends (its loop
// done, process.exit or an uncaught error), the counts go to
// <dir>/coverage-<pid>-<milliseconds>-<threadId>.json in the form of
// V8's Profiler.takePreciseCoverage with callCount and detailed, which is
// what c8 reads, with node's source-map-cache. Worker threads write their
// own files, and child processes inherit the variable and write theirs.
//
// The counts are turned into V8's report by V8's rules, as V8's documents
// and node's output show them: ranges sorted by start, continuations ended
// where the next range (or the enclosing one) begins, ranges that count
// what their parent counts dropped, adjacent ranges of equal count merged;
// functions that did not run and sit in one that did not either left out.
// Offsets are UTF-16 code units. v8.takeCoverage writes a report at once
// and counts again from zero; v8.stopCoverage ends the reports.

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/kilnjs/kiln/bytecode"
	"github.com/kilnjs/kiln/vm"
)

// coverageDir returns the directory NODE_V8_COVERAGE names, made absolute,
// or "" when coverage is off.
func (n *Node) coverageDir() string {
	env := n.opts.Env
	if env == nil {
		env = os.Environ()
	}
	dir := ""
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "NODE_V8_COVERAGE="); ok {
			dir = v
		}
	}
	if dir == "" {
		return ""
	}
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	return dir
}

type v8Range struct {
	StartOffset int   `json:"startOffset"`
	EndOffset   int   `json:"endOffset"`
	Count       int64 `json:"count"`
}

type v8Function struct {
	FunctionName    string    `json:"functionName"`
	Ranges          []v8Range `json:"ranges"`
	IsBlockCoverage bool      `json:"isBlockCoverage"`
}

// coverProgram is a program compiled with counters and the URL V8 gives
// its script: a file: URL for a module, what the vm module was told for
// its code, none for eval's and new Function's. fromFile is set for a
// module read from a file, whose source map and byte order mark the
// report looks at; dynamicFunction for new Function's program.
type coverProgram struct {
	p               *bytecode.Program
	url             string
	fromFile        bool
	dynamicFunction bool
}

// fileURLOf is the URL of a module's file, given as a path or a URL.
func fileURLOf(filename string) string {
	if strings.HasPrefix(filename, "file://") {
		return filename
	}
	return fileURL(filename)
}

// vmScriptURL is the URL V8 reports for code the vm module compiled with
// filename: node's inspector turns an absolute path into a file: URL and
// leaves any other name as it is.
func vmScriptURL(filename string) string {
	if filepath.IsAbs(filename) {
		return fileURL(filename)
	}
	return filename
}

type v8Script struct {
	ScriptID  string       `json:"scriptId"`
	URL       string       `json:"url"`
	Functions []v8Function `json:"functions"`
}

// takeCoverage is v8.takeCoverage: the report so far, then counting
// starts again from zero.
func (n *Node) takeCoverage() {
	if n.coverDir == "" {
		return
	}
	n.writeCoverage()
	n.VM.ResetCoverage()
}

// writeCoverage writes the coverage file of the programs that ran.
func (n *Node) writeCoverage() {
	if n.coverDir == "" {
		return
	}
	if n.coverStopped {
		// What node's own code says when V8 has nothing to give it.
		fmt.Fprintln(n.opts.Stderr, "'result' from coverage profile response is not an object")
		return
	}
	scripts, maps := n.coverageScripts()
	report := map[string]any{
		"result":    scripts,
		"timestamp": float64(time.Since(startTime).Microseconds()) / 1e6,
	}
	if len(maps) > 0 {
		report["source-map-cache"] = maps
	}
	data, err := json.Marshal(report)
	if err != nil {
		return
	}
	if err := os.MkdirAll(n.coverDir, 0o755); err != nil {
		return
	}
	// Two reports in the same millisecond (v8.takeCoverage) get names of
	// their own.
	stamp := max(time.Now().UnixMilli(), n.coverStamp+1)
	n.coverStamp = stamp
	thread := int64(0)
	if n.opts.worker != nil {
		thread = n.opts.worker.threadID
	}
	name := fmt.Sprintf("coverage-%d-%d-%d.json", os.Getpid(), stamp, thread)
	writeAtomic(n.coverDir, filepath.Join(n.coverDir, name), data)
}

// counting reports whether code compiled now gets coverage counters:
// under NODE_V8_COVERAGE and --experimental-test-coverage, and while an
// inspector session's precise coverage is on.
func (n *Node) counting() bool { return n.coverDir != "" || n.preciseCoverage || n.testCoverage }

// fillTestCoverage gives lib/internal/test_coverage.js take(): this
// process's report so far, as Profiler.takePreciseCoverage's JSON, for a
// test file run directly under --experimental-test-coverage.
func fillTestCoverage(n *Node, b vm.Value) {
	n.VM.DefineMethod(b, "take", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		scripts, _ := n.coverageScripts()
		return jsonValue(rt, map[string]any{"result": scripts})
	})
}

// setCounting turns the inspector's precise coverage on or off
// (Profiler.startPreciseCoverage, stopPreciseCoverage): the code compiled
// while it, or NODE_V8_COVERAGE, is on counts.
func (n *Node) setCounting(on bool) {
	n.preciseCoverage = on
	n.countDynamicCode()
}

// countDynamicCode has eval's and new Function's code counted, and listed
// for the report (V8 reports it with no URL), while counting is on.
func (n *Node) countDynamicCode() {
	if !n.counting() {
		n.VM.CoverDynamicCode = nil
		return
	}
	n.VM.CoverDynamicCode = func(p *bytecode.Program, function bool) {
		n.coverPrograms = append(n.coverPrograms, coverProgram{p: p, dynamicFunction: function})
	}
}

// coverageScripts is the report of the programs compiled with counters
// that ran, in V8's form, and the source maps of those that have one.
func (n *Node) coverageScripts() ([]v8Script, map[string]any) {
	scripts := []v8Script{}
	maps := map[string]any{}
	for i, cp := range n.coverPrograms {
		p, url := cp.p, cp.url
		if n.VM.CoverageCounts(p.Main) == nil {
			// Compiled to check its syntax, or never run: V8 would not
			// have it.
			continue
		}
		s := v8Script{ScriptID: strconv.Itoa(i + 1), URL: url}
		off := utf16Offsets(p.Source)
		n.coverFunctions(p.Main, off, &s.Functions)
		if len(s.Functions) == 0 {
			// Nothing of it ran since the counts were last reset (a
			// script compiled before a stopPreciseCoverage and a new
			// start): V8 leaves out a script with no functions to report.
			continue
		}
		if cp.dynamicFunction && len(s.Functions) > 1 {
			// V8 gives new Function's function no name in the report,
			// though its name is "anonymous".
			s.Functions[1].FunctionName = ""
		}
		if cp.fromFile && lostBOM(p) {
			// V8 has a CommonJS module's text with its byte order mark,
			// which the loader took off: every offset but the script's
			// start is one more.
			for _, f := range s.Functions {
				for j := range f.Ranges {
					f.Ranges[j].StartOffset++
					f.Ranges[j].EndOffset++
				}
			}
			s.Functions[0].Ranges[0].StartOffset = 0
		}
		scripts = append(scripts, s)
		if !cp.fromFile {
			continue
		}
		if m := coverSourceMap(url, p.Source, n.coverMaps[p]); m != nil {
			maps[url] = m
		}
	}
	return scripts, maps
}

// coverFunctions appends the report of fn and of the functions inside it
// to out. A function that never ran is reported with its range alone, as
// V8 reports one it has not compiled, and the functions inside it not at
// all. Then, as V8 does, the functions are put in source order and only
// those that ran, or whose innermost enclosing function (by source range)
// ran, or that have blocks of their own are kept.
func (n *Node) coverFunctions(fn *bytecode.Function, off func(int32) int, out *[]v8Function) {
	var all []coverFunc
	n.collectCoverage(fn, &all)
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i].blocks[0], all[j].blocks[0]
		if a.start != b.start {
			return a.start < b.start
		}
		return a.end > b.end
	})
	var nesting []coverBlock
	for _, f := range all {
		whole := f.blocks[0]
		for len(nesting) > 0 && nesting[len(nesting)-1].end <= whole.start {
			nesting = nesting[:len(nesting)-1]
		}
		parentRan := len(nesting) > 0 && nesting[len(nesting)-1].count != 0
		nesting = append(nesting, whole)
		if whole.count == 0 && !parentRan && len(f.blocks) == 1 {
			continue
		}
		r := v8Function{FunctionName: f.name, IsBlockCoverage: f.block}
		for _, b := range f.blocks {
			r.Ranges = append(r.Ranges, v8Range{off(b.start), off(b.end), int64(b.count)})
		}
		*out = append(*out, r)
	}
}

// coverFunc is one function's report before the functions are filtered.
type coverFunc struct {
	name   string
	blocks []coverBlock // the function's own range first
	block  bool         // isBlockCoverage: it ran, so its blocks are known
}

// collectCoverage appends the report of fn and of the functions inside it
// that ran to all.
func (n *Node) collectCoverage(fn *bytecode.Function, all *[]coverFunc) {
	if len(fn.Coverage) == 0 {
		return
	}
	counts := n.VM.CoverageCounts(fn)
	if fn.Flags&bytecode.FlagIsStaticBlock != 0 {
		// V8 runs static blocks inside the class's static initialiser.
		if len(counts) > 0 {
			for _, sub := range fn.Funcs {
				n.collectCoverage(sub, all)
			}
		}
		return
	}
	name := fn.Name
	if name == "" {
		name = fn.InferredName
	}
	switch {
	case fn.Kind == bytecode.KindScript || fn.Flags&bytecode.FlagModuleWrapper != 0:
		name = ""
	case fn.Flags&bytecode.FlagClassFieldInit != 0:
		// The instance one's range is the class's (see compiler/class.go
		// fieldsInit).
		name = "<static_initializer>"
		if fn.Coverage[0].Start == fn.SourceStart {
			name = "<instance_members_initializer>"
		}
	}
	if len(counts) == 0 && fn.CoverEager {
		counts = make([]uint32, len(fn.Coverage))
	}
	whole := fn.Coverage[0]
	if len(counts) == 0 {
		*all = append(*all, coverFunc{name: name, blocks: []coverBlock{{whole.Start, whole.End, 0}}})
		return
	}
	*all = append(*all, coverFunc{name: name, blocks: coverageRanges(fn.Coverage, counts), block: true})
	for _, sub := range fn.Funcs {
		n.collectCoverage(sub, all)
	}
}

// lostBOM reports whether p is a CommonJS module whose file starts with a
// byte order mark that its source no longer has.
func lostBOM(p *bytecode.Program) bool {
	if strings.HasPrefix(p.Filename, "file://") || strings.HasPrefix(p.Source, "\uFEFF") {
		return false
	}
	f, err := os.Open(p.Filename)
	if err != nil {
		return false
	}
	defer f.Close()
	var head [3]byte
	_, err = io.ReadFull(f, head[:])
	return err == nil && string(head[:]) == "\uFEFF"
}

// coverSourceMap is the "source-map-cache" entry of the script at
// scriptURL whose text is code, as node writes it for c8 to map the
// ranges back: the lengths of its lines and its source map, with the
// sources made absolute file: URLs; nil when it has no readable map.
// loaderMap is the map of the TypeScript or JSX loader that made code, if
// one did, in place of a sourceMappingURL.
func coverSourceMap(scriptURL, code string, loaderMap []byte) any {
	u, err := url.Parse(scriptURL)
	if err != nil {
		return nil
	}
	raw, mapPath := loaderMap, filepath.FromSlash(u.Path)
	if raw == nil {
		raw, mapPath, err = readSourceMap(mapPath, code)
		if err != nil || raw == nil {
			return nil
		}
	}
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.UseNumber()
	var data map[string]any
	if dec.Decode(&data) != nil {
		return nil
	}
	base, err := url.Parse(fileURL(mapPath))
	if err != nil {
		return nil
	}
	root, _ := data["sourceRoot"].(string)
	if sources, ok := data["sources"].([]any); ok {
		for i, s := range sources {
			if str, ok := s.(string); ok {
				if ref, err := url.Parse(root + str); err == nil {
					sources[i] = base.ResolveReference(ref).String()
				}
			}
		}
	}
	if _, ok := data["sourceRoot"]; ok {
		data["sourceRoot"] = ""
	}
	// node splits on the line terminators other than \r, which stays in
	// the length of its line.
	var lengths []int
	start := 0
	for i, r := range code {
		if r == '\n' || r == '\u2028' || r == '\u2029' {
			lengths = append(lengths, utf16Len(code[start:i]))
			start = i + utf8.RuneLen(r)
		}
	}
	lengths = append(lengths, utf16Len(code[start:]))
	return map[string]any{"lineLengths": lengths, "data": data, "url": nil}
}

type coverBlock struct {
	start, end int32 // end -1: a continuation not ended yet
	count      uint32
}

// coverageRanges turns a function's ranges and their counts into V8's
// report: the function's range first, then the blocks that count
// something else than what encloses them, sorted by start.
func coverageRanges(ranges []bytecode.CoverRange, counts []uint32) []coverBlock {
	root := coverBlock{ranges[0].Start, ranges[0].End, counts[0]}
	blocks := make([]coverBlock, 0, len(ranges)-1)
	for i, r := range ranges[1:] {
		if r.Start >= root.end {
			continue
		}
		blocks = append(blocks, coverBlock{r.Start, r.End, counts[i+1]})
	}
	// By start, then the longer (the enclosing) first; a continuation
	// sorts after the ranges that start where it does.
	sort.SliceStable(blocks, func(i, j int) bool {
		a, b := blocks[i], blocks[j]
		if a.start != b.start {
			return a.start < b.start
		}
		return a.end > b.end
	})

	// A continuation ends where the next range inside its parent begins,
	// else where the parent ends; at the top, before the function's last
	// character (its closing brace), which V8 never shows uncovered.
	var stack []coverBlock
	parent := func(start int32) (coverBlock, bool) {
		for len(stack) > 0 && stack[len(stack)-1].end <= start {
			stack = stack[:len(stack)-1]
		}
		if len(stack) == 0 {
			return root, true
		}
		return stack[len(stack)-1], false
	}
	for i := range blocks {
		b := &blocks[i]
		p, top := parent(b.start)
		if b.end < 0 {
			switch {
			case i+1 < len(blocks) && blocks[i+1].start < p.end:
				b.end = blocks[i+1].start
			case top:
				b.end = p.end - 1
			default:
				b.end = p.end
			}
			if b.end < b.start {
				b.end = b.start
			}
		}
		stack = append(stack, *b)
	}

	// A range that counts what its parent counts says nothing; nor does an
	// empty one. Then adjacent ranges of equal count inside the same
	// parent are one.
	kept := blocks[:0]
	stack = stack[:0]
	for _, b := range blocks {
		if b.start >= b.end {
			continue
		}
		if p, _ := parent(b.start); p.count == b.count {
			continue
		}
		stack = append(stack, b)
		kept = append(kept, b)
	}
	out := []coverBlock{root}
	stack = stack[:0]
	for i := 0; i < len(kept); i++ {
		b := kept[i]
		p, _ := parent(b.start)
		if i+1 < len(kept) {
			next := &kept[i+1]
			if next.start == b.end && next.start < p.end && next.count == b.count {
				next.start = b.start
				continue
			}
		}
		stack = append(stack, b)
		out = append(out, b)
	}
	return out
}

// utf16Offsets returns the conversion of byte offsets in src to the UTF-16
// offsets V8 reports.
func utf16Offsets(src string) func(int32) int {
	ascii := true
	for i := 0; i < len(src); i++ {
		if src[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return func(o int32) int { return int(o) }
	}
	units := make([]int32, len(src)+1)
	u := int32(0)
	for i, r := range src {
		for k := i; k < len(src) && (k == i || !utf8.RuneStart(src[k])); k++ {
			units[k] = u
		}
		if r >= 0x10000 {
			u += 2
		} else {
			u++
		}
	}
	units[len(src)] = u
	return func(o int32) int {
		if o < 0 || int(o) > len(src) {
			return int(u)
		}
		return int(units[o])
	}
}
