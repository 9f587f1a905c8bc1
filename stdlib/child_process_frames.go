package stdlib

import (
	"github.com/kilnjs/kiln/vm"
)

// node's child_process is two files: the public functions (node:
// child_process) over node:internal/child_process, where the child is
// spawned and its spawn error made, and a failed execSync's error comes
// from node:internal/errors' helpers. Kiln's child_process is one file of
// its own, with other functions and lines. So, as for fs (fs_frames.go),
// the errors of the calls below show node's frames in place of Kiln's,
// from this table (node v20.20's positions), and a synchronous one that goes
// uncaught shows node's line in its banner.

// nodeChildFrame is one frame of node's: fn at file:line:col. kiln names
// the function of Kiln's library whose frame, when there is one, gives this
// frame its call's naming (Object.execSync, or execSync taken out of the
// module), as the program's call named Kiln's; without one, the frame is
// named method (Object.spawnSync) when that is set, else fn, a plain call.
type nodeChildFrame struct {
	fn, method string
	file       string
	line, col  int
	kiln       string
}

// nodeChildSite is where node makes the error of site ("status": a
// command that exited non-zero; "spawn": a child that could not start;
// "emit": where the error event is emitted) under api, the outermost frame
// of Kiln's library for a synchronous site (the function the program
// called), the innermost for "emit"; "" matches any. frames are innermost
// first.
type nodeChildSite struct {
	site, api string
	frames    []nodeChildFrame
}

const (
	nodeChildProcess         = "node:child_process"
	nodeInternalChildProcess = "node:internal/child_process"
	nodeInternalErrors       = "node:internal/errors"
	nodeTaskQueues           = "node:internal/process/task_queues"
)

// Written out whole, as literals (TestNoKilnPackageInitialises).
var nodeChildSites = []nodeChildSite{
	{"status", "execSync", []nodeChildFrame{
		{"genericNodeError", "", nodeInternalErrors, 984, 15, ""},
		{"wrappedFn", "", nodeInternalErrors, 538, 14, ""},
		{"checkExecSyncError", "", nodeChildProcess, 891, 11, ""},
		{"execSync", "", nodeChildProcess, 963, 15, "execSync"},
	}},
	{"status", "execFileSync", []nodeChildFrame{
		{"genericNodeError", "", nodeInternalErrors, 984, 15, ""},
		{"wrappedFn", "", nodeInternalErrors, 538, 14, ""},
		{"checkExecSyncError", "", nodeChildProcess, 891, 11, ""},
		{"execFileSync", "", nodeChildProcess, 927, 15, "execFileSync"},
	}},
	{"spawn", "execSync", []nodeChildFrame{
		{"spawnSync", "Object.spawnSync", nodeInternalChildProcess, 1123, 20, ""},
		{"spawnSync", "", nodeChildProcess, 877, 24, ""},
		{"execSync", "", nodeChildProcess, 958, 15, "execSync"},
	}},
	{"spawn", "execFileSync", []nodeChildFrame{
		{"spawnSync", "Object.spawnSync", nodeInternalChildProcess, 1123, 20, ""},
		{"spawnSync", "", nodeChildProcess, 877, 24, ""},
		{"execFileSync", "", nodeChildProcess, 920, 15, "execFileSync"},
	}},
	{"spawn", "spawnSync", []nodeChildFrame{
		{"spawnSync", "Object.spawnSync", nodeInternalChildProcess, 1123, 20, ""},
		{"spawnSync", "", nodeChildProcess, 877, 24, "spawnSync"},
	}},
	// spawn's error, a tick later: node's onErrorNT has the handle's
	// onexit make the error, then emit it; the tick has two arguments.
	{"spawn", "", []nodeChildFrame{
		{"ChildProcess._handle.onexit", "", nodeInternalChildProcess, 285, 19, "ChildProcess._handle.onexit"},
		{"onErrorNT", "", nodeInternalChildProcess, 483, 16, ""},
		{"processTicksAndRejections", "process.processTicksAndRejections", nodeTaskQueues, 82, 21, ""},
	}},
	{"emit", "ChildProcess._handle.onexit", []nodeChildFrame{
		{"ChildProcess._handle.onexit", "", nodeInternalChildProcess, 291, 12, "ChildProcess._handle.onexit"},
		{"onErrorNT", "", nodeInternalChildProcess, 483, 16, ""},
		{"processTicksAndRejections", "process.processTicksAndRejections", nodeTaskQueues, 82, 21, ""},
	}},
}

// nodeChildThrows are the lines node's synchronous functions throw their
// error from, for the banner of one that goes uncaught.
var nodeChildThrows = []struct {
	api  string
	line int
}{
	{"execSync", 966},
	{"execFileSync", 930},
}

// findChildSite is the table's entry for site under the library frames
// lib (innermost first), or nil.
func findChildSite(site string, lib []vm.StackFrame) *nodeChildSite {
	if len(lib) == 0 {
		return nil
	}
	api := lib[len(lib)-1].Func
	if site == "emit" {
		api = lib[0].Func
	}
	for i := range nodeChildSites {
		s := &nodeChildSites[i]
		if s.site == site && (s.api == api || s.api == "" && allLib(lib)) {
			return s
		}
	}
	return nil
}

// allLib reports whether a stack is the library's alone (a tick's).
func allLib(frames []vm.StackFrame) bool {
	for _, f := range frames {
		if !kilnLibFrame(f) {
			return false
		}
	}
	return true
}

// stack is node's frames at s, then below, the program's; lib are the
// library frames of Kiln's they stand for, which name the calls.
func (s *nodeChildSite) stack(lib, below []vm.StackFrame) []vm.StackFrame {
	stack := make([]vm.StackFrame, 0, len(s.frames)+len(below))
	for _, f := range s.frames {
		sf := vm.StackFrame{Func: f.fn, Method: f.method, Toplevel: f.method == ""}
		if f.method != "" {
			sf.TypeName, sf.MethodName = f.method[:len(f.method)-len(f.fn)-1], f.fn
		}
		for _, k := range lib {
			if f.kiln != "" && k.Func == f.kiln {
				sf = k
				break
			}
		}
		sf.File, sf.Line, sf.Col = f.file, f.line, f.col
		stack = append(stack, sf)
	}
	return append(stack, below...)
}

// nodeChildFrames gives e, an error of child_process made at site, node's
// stack there, when the table has the site; e is left as it is otherwise.
func (n *Node) nodeChildFrames(e vm.Value, site string) vm.Value {
	rt := n.VM
	limit, withStack := rt.StackTraceLimit()
	if !withStack || !e.IsObject() {
		return e
	}
	frames, lib := libFrames(rt, limit)
	skip := 0
	if site == "emit" {
		// Called from events' emit, for the stack it captured under itself.
		for skip < lib && frames[skip].File == "node:events" {
			skip++
		}
	}
	if s := findChildSite(site, frames[skip:lib]); s != nil {
		stack := s.stack(frames[skip:lib], frames[lib:])
		rt.SetErrorStack(e, stack[:min(limit, len(stack))])
	}
	return e
}

// throwChildSync throws e from the line node's synchronous child_process
// function (the program's call into the library) throws it from.
func (n *Node) throwChildSync(e vm.Value) {
	rt := n.VM
	frames, lib := libFrames(rt, 0)
	if lib == 0 {
		rt.Throw(e)
	}
	api := frames[lib-1].Func
	for _, t := range nodeChildThrows {
		if t.api == api {
			exc := &vm.Exception{Value: e, File: nodeChildProcess, Line: t.line, Col: 4, SourceLine: "    throw err;"}
			if rt.StackOnThrow {
				exc.Stack = frames[lib:min(lib+10, len(frames))]
			}
			panic(exc)
		}
	}
	rt.Throw(e)
}
