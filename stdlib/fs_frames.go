package stdlib

import (
	"strings"

	"github.com/kilnjs/kiln/vm"
)

// node's fs functions are JavaScript over a C++ binding, and a failed
// synchronous call throws from that binding: its error's stack starts with
// the frames of node's fs functions that led there (Object.openSync under
// Object.readFileSync), and uncaught, its banner quotes the line of node's
// fs that called the binding. Kiln's fs is its own JavaScript, with other
// functions and lines; so a synchronous call that fails shows node's
// frames in place of Kiln's, from the table below (node v20.20's
// positions), and throws from node's line.

// nodeFSFrame is one frame of node's fs: a function called as a method of
// the fs module object ("Object.openSync"), at line:col of file.
type nodeFSFrame struct {
	name      string
	line, col int
}

// nodeFSSite is what node shows of a failed synchronous fs call: api (the
// function the program called) failing in syscall, in the variant node's
// api takes for its arguments ("utf8": readFileSync and writeFileSync's
// string fast paths, which skip openSync). frames are innermost first and
// end with api's own; src is the source line of the first.
type nodeFSSite struct {
	api, syscall, variant string
	file                  string
	frames                []nodeFSFrame
	src                   string
}

const nodeFS = "node:fs"

// Written out whole, as literals: a package-level value built by a call
// would run at every start (TestNoKilnPackageInitialises).
var nodeFSSites = []nodeFSSite{
	{"openSync", "open", "", nodeFS, []nodeFSFrame{{"openSync", 573, 18}}, "  return binding.open("},
	{"readFileSync", "open", "", nodeFS, []nodeFSFrame{{"openSync", 573, 18}, {"readFileSync", 452, 35}}, "  return binding.open("},
	{"readFileSync", "open", "utf8", nodeFS, []nodeFSFrame{{"readFileSync", 448, 20}}, "    return binding.readFileUtf8(path, stringToFlags(options.flag));"},
	{"writeFileSync", "open", "", nodeFS, []nodeFSFrame{{"openSync", 573, 18}, {"writeFileSync", 2393, 35}}, "  return binding.open("},
	{"writeFileSync", "open", "utf8", nodeFS, []nodeFSFrame{{"writeFileSync", 2380, 20}}, "    return binding.writeFileUtf8("},
	{"appendFileSync", "open", "", nodeFS, []nodeFSFrame{{"openSync", 573, 18}, {"writeFileSync", 2393, 35}, {"appendFileSync", 2461, 6}}, "  return binding.open("},
	{"appendFileSync", "open", "utf8", nodeFS, []nodeFSFrame{{"writeFileSync", 2380, 20}, {"appendFileSync", 2461, 6}}, "    return binding.writeFileUtf8("},
	{"truncateSync", "open", "", nodeFS, []nodeFSFrame{{"openSync", 573, 18}, {"truncateSync", 1088, 17}}, "  return binding.open("},
	{"closeSync", "close", "", nodeFS, []nodeFSFrame{{"closeSync", 525, 11}}, "  binding.close(fd);"},
	{"readSync", "read", "", nodeFS, []nodeFSFrame{{"readSync", 750, 18}}, "  return binding.read(fd, buffer, offset, length, position);"},
	{"writeSync", "write", "", nodeFS, []nodeFSFrame{{"writeSync", 933, 3}}, "  handleErrorFromBinding(ctx);"},
	{"statSync", "stat", "", nodeFS, []nodeFSFrame{{"statSync", 1681, 25}}, "  const stats = binding.stat("},
	{"lstatSync", "lstat", "", nodeFS, []nodeFSFrame{{"lstatSync", 1656, 25}}, "  const stats = binding.lstat("},
	{"fstatSync", "fstat", "", nodeFS, []nodeFSFrame{{"fstatSync", 1633, 25}}, "  const stats = binding.fstat(fd, options.bigint, undefined, false);"},
	{"readdirSync", "scandir", "", nodeFS, []nodeFSFrame{{"readdirSync", 1521, 26}}, "  const result = binding.readdir("},
	{"unlinkSync", "unlink", "", nodeFS, []nodeFSFrame{{"unlinkSync", 1889, 11}}, "  binding.unlink(path);"},
	{"mkdirSync", "mkdir", "", nodeFS, []nodeFSFrame{{"mkdirSync", 1386, 26}}, "  const result = binding.mkdir("},
	{"rmdirSync", "rmdir", "", nodeFS, []nodeFSFrame{{"rmdirSync", 1214, 11}}, "  binding.rmdir(pathModule.toNamespacedPath(path));"},
	{"rmSync", "lstat", "", nodeFS, []nodeFSFrame{{"rmSync", 1260, 13}}, "  options = validateRmOptionsSync(path, options, false);"},
	{"accessSync", "access", "", nodeFS, []nodeFSFrame{{"accessSync", 244, 11}}, "  binding.access(pathModule.toNamespacedPath(path), mode);"},
	{"renameSync", "rename", "", nodeFS, []nodeFSFrame{{"renameSync", 1032, 11}}, "  binding.rename("},
	{"copyFileSync", "copyfile", "", nodeFS, []nodeFSFrame{{"copyFileSync", 3047, 11}}, "  binding.copyFile("},
	{"readlinkSync", "readlink", "", nodeFS, []nodeFSFrame{{"readlinkSync", 1729, 18}}, "  return binding.readlink("},
	{"realpathSync", "lstat", "", nodeFS, []nodeFSFrame{{"realpathSync", 2741, 29}}, "      const stats = binding.lstat(baseLong, true, undefined, true /* throwIfNoEntry */);"},
	{"chmodSync", "chmod", "", nodeFS, []nodeFSFrame{{"chmodSync", 1999, 11}}, "  binding.chmod("},
	{"utimesSync", "utime", "", nodeFS, []nodeFSFrame{{"utimesSync", 2150, 11}}, "  binding.utimes("},
	{"symlinkSync", "symlink", "", nodeFS, []nodeFSFrame{{"symlinkSync", 1822, 11}}, "  binding.symlink("},
	{"linkSync", "link", "", nodeFS, []nodeFSFrame{{"linkSync", 1862, 11}}, "  binding.link("},
	{"mkdtempSync", "mkdtemp", "", nodeFS, []nodeFSFrame{{"mkdtempSync", 3005, 18}}, "  return binding.mkdtemp(prefix, options.encoding);"},
	{"opendirSync", "opendir", "", "node:internal/fs/dir", []nodeFSFrame{{"opendirSync", 327, 29}}, "  const handle = dirBinding.opendirSync("},
}

// kilnLibFrame reports whether f runs in Kiln's own library, whose files
// carry node's names.
func kilnLibFrame(f vm.StackFrame) bool { return strings.HasPrefix(f.File, "node:") }

// throwFSSync throws e, the error of a synchronous fs call, as node's fs
// would (see the top of the file) when the call's site is in the table; as
// it is otherwise.
func (n *Node) throwFSSync(e vm.Value, variant string) {
	rt := n.VM
	syscall := ""
	if s := rt.GetS(e, "syscall"); s.IsString() {
		syscall = rt.GoString(s)
	}
	limit, withStack := rt.StackTraceLimit()
	// The frames of Kiln's fs, then at least limit of the program's.
	var frames []vm.StackFrame
	lib := 0
	for want := limit + 8; ; want *= 2 {
		frames = rt.CaptureStack(want)
		for lib = 0; lib < len(frames) && kilnLibFrame(frames[lib]); lib++ {
		}
		if len(frames) < want || lib+limit <= want {
			break
		}
	}
	if lib == 0 {
		rt.Throw(e)
	}
	api := frames[lib-1]
	var site *nodeFSSite
	for i := range nodeFSSites {
		if s := &nodeFSSites[i]; s.api == api.Func && s.syscall == syscall && s.variant == variant {
			site = s
			break
		}
	}
	if site == nil {
		rt.Throw(e)
	}
	stack := make([]vm.StackFrame, 0, len(site.frames)+len(frames)-lib)
	for _, f := range site.frames {
		stack = append(stack, vm.StackFrame{Func: f.name, TypeName: "Object", MethodName: f.name, Method: "Object." + f.name,
			File: site.file, Line: f.line, Col: f.col})
	}
	// The function the program called is named by how it was called
	// (fs.statSync, or statSync taken out of the module), as the program's
	// call named Kiln's.
	last := &stack[len(stack)-1]
	last.TypeName, last.MethodName, last.Method, last.Toplevel = api.TypeName, api.MethodName, api.Method, api.Toplevel
	stack = append(stack, frames[lib:]...)
	if withStack {
		rt.SetErrorStack(e, stack[:min(limit, len(stack))])
	}
	top := site.frames[0]
	exc := &vm.Exception{Value: e, File: site.file, Line: top.line, Col: top.col - 1, SourceLine: site.src}
	if rt.StackOnThrow {
		exc.Stack = stack[:min(10, len(stack))]
	}
	panic(exc)
}
