package vm

// The JavaScript-level CPU profiler.
//
// Why a flag and a safepoint, not a signal: the interpreter's state (the
// frame stack, each frame's pc) is only coherent between instructions, and
// reading it from another goroutine would race with the loop. So a ticker
// goroutine only raises an atomic flag every interval, and the interpreter
// takes the sample itself at its next safepoint (back-edges and calls), where
// the frames are exact. The cost when no profiler runs is one atomic load per
// safepoint, next to the interrupt check that is already there.
//
// What this cannot see: time spent outside the interpreter between two
// safepoints (a long native built-in such as JSON.parse or a regexp match,
// garbage collection, waiting in the event loop, start-up). Such a gap,
// longer than a few intervals, is recorded as a "(program)" sample, the name
// Node gives to time outside JavaScript, rather than charged to whichever
// function happens to run next.
//
// The output is the .cpuprofile JSON that Node's --cpu-prof writes and Chrome
// DevTools and speedscope open: a call tree of nodes (one per distinct stack
// path, keyed by function), the sampled leaf node of every sample, and the
// time since the previous sample in microseconds.

import (
	"strconv"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/kilnjs/kiln/bytecode"
)

// profileDue is raised by the ticker of any running profiler and lowered by
// the profiled runtime when it takes the sample. One flag for the process
// keeps the safepoint check to a single load; several runtimes profiled at
// once share ticks, which thins their samples but keeps every time delta
// true, because each sample measures the time since its own previous one.
var profileDue atomic.Bool

// profilers lists the running profilers; the slice is replaced, never
// mutated, so the sampling path reads it without a lock.
var (
	profilers   atomic.Pointer[[]*Profiler]
	profilersMu sync.Mutex
)

// gapIntervals is how many intervals without a safepoint count as time spent
// outside the interpreter.
const gapIntervals = 4

// Profiler samples the JavaScript stack of one runtime. Start it with
// Runtime.StartProfile and end it with Stop, both on the runtime's goroutine.
type Profiler struct {
	rt       *Runtime
	interval time.Duration
	stop     chan struct{}
	done     chan struct{}

	start, last time.Time
	callTree
	lineTicks []map[int]int // per node (index id-1): 1-based line → samples with that line on top
	program   int           // the "(program)" node, 0 until needed
	samples   []int
	deltas    []int64
	stopped   bool
}

// callTree is a profile's tree of call frames, one node per distinct stack
// path, keyed by function: the CPU profiler's and the heap sampler's.
type callTree struct {
	nodes    []ProfileNode
	children map[nodeKey]int // (parent, function) → node id
	funcs    map[*bytecode.Function]CallFrame
	scripts  map[*bytecode.Program]int
}

func newCallTree() callTree {
	t := callTree{children: map[nodeKey]int{}, funcs: map[*bytecode.Function]CallFrame{}, scripts: map[*bytecode.Program]int{}}
	t.newNode(0, CallFrame{FunctionName: "(root)", ScriptID: "0", LineNumber: -1, ColumnNumber: -1})
	return t
}

// path returns the node of the stack of frames, outermost first.
func (t *callTree) path(frames []frame) int {
	id := 1
	for i := range frames {
		id = t.child(id, nodeKey{parent: id, fn: frames[i].code}, CallFrame{})
	}
	return id
}

// nodeKey names a child in the call tree. A nil fn with a name is a
// pseudo-frame such as "(program)".
type nodeKey struct {
	parent int
	fn     *bytecode.Function
	name   string
}

// CPUProfile is a profile in the .cpuprofile format (the Chrome DevTools
// Protocol's Profiler.Profile). Times are microseconds.
type CPUProfile struct {
	Nodes      []ProfileNode `json:"nodes"`
	StartTime  int64         `json:"startTime"`
	EndTime    int64         `json:"endTime"`
	Samples    []int         `json:"samples"`
	TimeDeltas []int64       `json:"timeDeltas"`
}

// ProfileNode is one node of the call tree. Node ids start at 1, the root.
type ProfileNode struct {
	ID            int            `json:"id"`
	CallFrame     CallFrame      `json:"callFrame"`
	HitCount      int            `json:"hitCount"`
	Children      []int          `json:"children,omitempty"`
	PositionTicks []PositionTick `json:"positionTicks,omitempty"`
}

// CallFrame identifies a function: its name and where it starts. Line and
// column are 0-based, as in the DevTools protocol; columns count UTF-16 units.
type CallFrame struct {
	FunctionName string `json:"functionName"`
	ScriptID     string `json:"scriptId"`
	URL          string `json:"url"`
	LineNumber   int    `json:"lineNumber"`
	ColumnNumber int    `json:"columnNumber"`
}

// PositionTick counts the samples taken on one line (1-based) of a function.
type PositionTick struct {
	Line  int `json:"line"`
	Ticks int `json:"ticks"`
}

// DefaultProfileInterval is Node's default --cpu-prof-interval.
const DefaultProfileInterval = time.Millisecond

// StartProfile starts sampling rt's JavaScript stack every interval (the
// default when interval <= 0). It must be called on the goroutine that runs rt.
func (rt *Runtime) StartProfile(interval time.Duration) *Profiler {
	if interval <= 0 {
		interval = DefaultProfileInterval
	}
	now := time.Now()
	p := &Profiler{
		rt: rt, interval: interval,
		stop: make(chan struct{}), done: make(chan struct{}),
		start: now, last: now,
		callTree: newCallTree(),
	}

	profilersMu.Lock()
	var list []*Profiler
	if old := profilers.Load(); old != nil {
		list = append(list, *old...)
	}
	list = append(list, p)
	profilers.Store(&list)
	profilersMu.Unlock()

	go p.tick()
	return p
}

func (p *Profiler) tick() {
	defer close(p.done)
	t := time.NewTicker(p.interval)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
			profileDue.Store(true)
		}
	}
}

// Stop ends sampling and returns the profile. Calling it again returns the
// same profile.
func (p *Profiler) Stop() *CPUProfile {
	if !p.stopped {
		p.stopped = true
		close(p.stop)
		<-p.done
		profilersMu.Lock()
		var list []*Profiler
		for _, q := range *profilers.Load() {
			if q != p {
				list = append(list, q)
			}
		}
		profilers.Store(&list)
		profilersMu.Unlock()
		p.last = time.Now()
	}
	out := &CPUProfile{
		Nodes:      make([]ProfileNode, len(p.nodes)),
		StartTime:  p.start.UnixMicro(),
		EndTime:    p.last.UnixMicro(),
		Samples:    append([]int{}, p.samples...),
		TimeDeltas: append([]int64{}, p.deltas...),
	}
	copy(out.Nodes, p.nodes)
	for i := range out.Nodes {
		out.Nodes[i].Children = append([]int(nil), p.nodes[i].Children...)
		if i >= len(p.lineTicks) {
			continue
		}
		for line, n := range p.lineTicks[i] {
			out.Nodes[i].PositionTicks = append(out.Nodes[i].PositionTicks, PositionTick{Line: line, Ticks: n})
		}
		sortTicks(out.Nodes[i].PositionTicks)
	}
	return out
}

func sortTicks(ts []PositionTick) {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && ts[j].Line < ts[j-1].Line; j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
}

// profileSafepoint is the interpreter's hook: inlined into safepoint, it
// costs one atomic load while nothing is due.
func (rt *Runtime) profileSafepoint() {
	if profileDue.Load() {
		rt.takeProfileSample()
	}
}

func (rt *Runtime) takeProfileSample() {
	list := profilers.Load()
	if list == nil {
		return
	}
	for _, p := range *list {
		if p.rt == rt {
			profileDue.Store(false)
			p.sample()
			return
		}
	}
}

// sample records the current stack, outermost frame first, as one path in
// the call tree.
func (p *Profiler) sample() {
	now := time.Now()
	elapsed := now.Sub(p.last)
	if elapsed > gapIntervals*p.interval {
		if p.program == 0 {
			p.program = p.child(1, nodeKey{parent: 1, name: "(program)"}, CallFrame{FunctionName: "(program)", ScriptID: "0", LineNumber: -1, ColumnNumber: -1})
		}
		p.record(p.program, elapsed-p.interval)
		elapsed = p.interval
	}
	p.last = now

	frames := p.rt.frames
	id := p.path(frames)
	for len(p.lineTicks) < len(p.nodes) {
		p.lineTicks = append(p.lineTicks, nil)
	}
	if n := len(frames); n > 0 {
		fr := &frames[n-1]
		line, _ := fr.code.Position(max(fr.pc-1, 0))
		if line > 0 {
			ticks := &p.lineTicks[id-1]
			if *ticks == nil {
				*ticks = map[int]int{}
			}
			(*ticks)[int(line)]++
		}
	}
	p.record(id, elapsed)
}

func (p *Profiler) record(id int, elapsed time.Duration) {
	p.nodes[id-1].HitCount++
	p.samples = append(p.samples, id)
	p.deltas = append(p.deltas, elapsed.Microseconds())
}

// child returns the id of parent's child for key, making it on first use;
// a zero cf means "describe key.fn".
func (p *callTree) child(parent int, key nodeKey, cf CallFrame) int {
	if id, ok := p.children[key]; ok {
		return id
	}
	if key.fn != nil {
		var ok bool
		if cf, ok = p.funcs[key.fn]; !ok {
			cf = p.callFrame(key.fn)
			p.funcs[key.fn] = cf
		}
	}
	id := p.newNode(parent, cf)
	p.children[key] = id
	return id
}

func (p *callTree) newNode(parent int, cf CallFrame) int {
	id := len(p.nodes) + 1
	p.nodes = append(p.nodes, ProfileNode{ID: id, CallFrame: cf})
	if parent > 0 {
		p.nodes[parent-1].Children = append(p.nodes[parent-1].Children, id)
	}
	return id
}

// callFrame describes a compiled function the way V8 does: its own name
// ("" when anonymous, as Node writes it), its script, and the 0-based
// position where its source text starts.
func (p *callTree) callFrame(f *bytecode.Function) CallFrame {
	cf := CallFrame{FunctionName: f.Name, ScriptID: "0"}
	if f.Kind == bytecode.KindScript || f.Flags&bytecode.FlagModuleWrapper != 0 {
		cf.FunctionName = ""
	}
	prog := f.Program
	if prog == nil {
		return cf
	}
	cf.URL = prog.Filename
	if cf.URL != "" && cf.URL[0] == '/' {
		cf.URL = "file://" + cf.URL
	}
	cf.ScriptID = p.scriptID(prog)
	if f.Kind == bytecode.KindScript || f.Flags&bytecode.FlagModuleWrapper != 0 {
		return cf
	}
	start := int(f.SourceStart)
	if start < 0 || start > len(prog.Source) {
		return cf
	}
	src := prog.Source[:start]
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			cf.LineNumber++
			cf.ColumnNumber = 0
			continue
		}
		if src[i] < utf8.RuneSelf {
			cf.ColumnNumber++
			continue
		}
		r, size := utf8.DecodeRuneInString(src[i:])
		cf.ColumnNumber++
		if r > 0xFFFF {
			cf.ColumnNumber++
		}
		i += size - 1
	}
	return cf
}

// scriptID numbers programs by the order the profile first meets them.
func (p *callTree) scriptID(prog *bytecode.Program) string {
	id, ok := p.scripts[prog]
	if !ok {
		id = len(p.scripts) + 1
		p.scripts[prog] = id
	}
	return strconv.Itoa(id)
}
