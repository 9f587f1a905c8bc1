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
	{"writeSync", "write", "", nodeFS, []nodeFSFrame{{"writeSync", 933, 3}}, ctxThrow},
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

	// fs.promises: async frames (see promiseFailure), plain functions but
	// for the one the program called.
	{"stat", "stat", promisesVariant, nodeFSPromises, []nodeFSFrame{{"stat", 1033, 18}}, promiseThenAwait},
	{"lstat", "lstat", promisesVariant, nodeFSPromises, []nodeFSFrame{{"lstat", 1022, 18}}, promiseThenAwait},
	{"readdir", "scandir", promisesVariant, nodeFSPromises, []nodeFSFrame{{"readdir", 950, 18}}, promiseThenAwait},
	{"readdir", "scandir", promisesVariant + " recursive", nodeFSPromises, []nodeFSFrame{{"readdirRecursive", 870, 7}}, "      await PromisePrototypeThen("},
	{"open", "open", promisesVariant, nodeFSPromises, []nodeFSFrame{{"open", 637, 25}}, promiseOpenAwait},
	{"readFile", "open", promisesVariant, nodeFSPromises, []nodeFSFrame{{"open", 637, 25}, {"readFile", 1249, 14}}, promiseOpenAwait},
	{"readFile", "read", promisesVariant, nodeFSPromises, []nodeFSFrame{{"readFileHandle", 551, 24}}, "    const bytesRead = (await PromisePrototypeThen("},
	{"writeFile", "open", promisesVariant, nodeFSPromises, []nodeFSFrame{{"open", 637, 25}, {"writeFile", 1219, 14}}, promiseOpenAwait},
	{"appendFile", "open", promisesVariant, nodeFSPromises, []nodeFSFrame{{"open", 637, 25}, {"writeFile", 1219, 14}}, promiseOpenAwait},
	{"truncate", "open", promisesVariant, nodeFSPromises, []nodeFSFrame{{"open", 637, 25}, {"truncate", 790, 14}}, promiseOpenAwait},
	{"unlink", "unlink", promisesVariant, nodeFSPromises, []nodeFSFrame{{"unlink", 1067, 10}}, promiseReturnAwait},
	{"mkdir", "mkdir", promisesVariant, nodeFSPromises, []nodeFSFrame{{"mkdir", 856, 10}}, promiseReturnAwait},
	{"access", "access", promisesVariant, nodeFSPromises, []nodeFSFrame{{"access", 604, 10}}, promiseReturnAwait},
	{"rename", "rename", promisesVariant, nodeFSPromises, []nodeFSFrame{{"rename", 780, 10}}, promiseReturnAwait},
	{"realpath", "realpath", promisesVariant, nodeFSPromises, []nodeFSFrame{{"realpath", 1176, 10}}, promiseReturnAwait},
	{"copyFile", "copyfile", promisesVariant, nodeFSPromises, []nodeFSFrame{{"copyFile", 621, 10}}, promiseReturnAwait},
	{"rmdir", "rmdir", promisesVariant, nodeFSPromises, []nodeFSFrame{{"rmdir", 822, 10}}, promiseReturnAwait},
	{"readlink", "readlink", promisesVariant, nodeFSPromises, []nodeFSFrame{{"readlink", 968, 10}}, promiseReturnAwait},
	{"chmod", "chmod", promisesVariant, nodeFSPromises, []nodeFSFrame{{"chmod", 1089, 10}}, promiseReturnAwait},
	{"mkdtemp", "mkdtemp", promisesVariant, nodeFSPromises, []nodeFSFrame{{"mkdtemp", 1189, 10}}, promiseReturnAwait},
	{"symlink", "symlink", promisesVariant, nodeFSPromises, []nodeFSFrame{{"symlink", 997, 10}}, promiseReturnAwait},
	{"link", "link", promisesVariant, nodeFSPromises, []nodeFSFrame{{"link", 1056, 10}}, promiseReturnAwait},
	{"utimes", "utime", promisesVariant, nodeFSPromises, []nodeFSFrame{{"utimes", 1141, 10}}, promiseReturnAwait},
	{"lutimes", "lutime", promisesVariant, nodeFSPromises, []nodeFSFrame{{"lutimes", 1163, 10}}, promiseReturnAwait},
	{"chown", "chown", promisesVariant, nodeFSPromises, []nodeFSFrame{{"chown", 1132, 10}}, promiseReturnAwait},
	{"lchown", "lchown", promisesVariant, nodeFSPromises, []nodeFSFrame{{"lchown", 1108, 10}}, promiseReturnAwait},
}

// fs.promises' functions await the binding's promise in one of three ways;
// a few synchronous functions throw the error their binding left in a
// context object.
const (
	ctxThrow           = "  handleErrorFromBinding(ctx);"
	nodeFSPromises     = "node:internal/fs/promises"
	promisesVariant    = "promises"
	promiseThenAwait   = "  const result = await PromisePrototypeThen("
	promiseOpenAwait   = "  return new FileHandle(await PromisePrototypeThen("
	promiseReturnAwait = "  return await PromisePrototypeThen("
)

// nodeFSSourceLine is the source of a line of node's fs files that the
// table names, or "".
func nodeFSSourceLine(file string, line int) string {
	for i := range nodeFSSites {
		if s := &nodeFSSites[i]; s.file == file && s.frames[0].line == line {
			return s.src
		}
	}
	return ""
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
	frames, lib := libFrames(rt, limit)
	if lib == 0 {
		rt.Throw(e)
	}
	api := frames[lib-1]
	site := findFSSite(api.Func, syscall, variant)
	if site == nil {
		rt.Throw(e)
	}
	if site.src == ctxThrow {
		// node's uvException copies the context's errno and syscall into
		// the error before it sets code: the keys come in that order.
		code := rt.GetS(e, "code")
		rt.DeleteS(e, "code")
		rt.CreateDataProperty(e, "code", code)
	}
	stack := site.stack(api, frames[lib:])
	if withStack {
		rt.SetErrorStack(e, stack[:min(limit, len(stack))])
	}
	top := site.frames[0]
	exc := &vm.Exception{Value: e, File: site.file, Line: top.line, Col: top.col - 1, SourceLine: site.src}
	if site.src == ctxThrow {
		// handleErrorFromBinding throws it, its own frame hidden.
		exc.File, exc.Line, exc.Col, exc.SourceLine = "node:internal/fs/utils", 351, 4, "    throw err;"
	}
	if rt.StackOnThrow {
		exc.Stack = stack[:min(10, len(stack))]
	}
	panic(exc)
}

// libFrames captures the stack: the frames of Kiln's fs, then at least
// limit of the program's; lib is how many are Kiln's.
func libFrames(rt *vm.Runtime, limit int) (frames []vm.StackFrame, lib int) {
	for want := limit + 8; ; want *= 2 {
		frames = rt.CaptureStack(want)
		for lib = 0; lib < len(frames) && kilnLibFrame(frames[lib]); lib++ {
		}
		if len(frames) < want || lib+limit <= want {
			return frames, lib
		}
	}
}

// findFSSite is the table's entry for api failing in syscall, or nil.
func findFSSite(api, syscall, variant string) *nodeFSSite {
	for i := range nodeFSSites {
		if s := &nodeFSSites[i]; s.api == api && s.syscall == syscall && s.variant == variant {
			return s
		}
	}
	return nil
}

// stack is node's stack for a failure at s: its frames, then the
// program's (below, from api, the outermost frame of Kiln's fs). Node's
// fs functions are methods of the fs module (Object.openSync), fs.promises'
// plain functions, awaited; the one the program called is named by how it
// was called (fs.statSync, or statSync taken out of the module), as the
// program's call named Kiln's.
func (s *nodeFSSite) stack(api vm.StackFrame, below []vm.StackFrame) []vm.StackFrame {
	async := strings.HasPrefix(s.variant, promisesVariant)
	stack := make([]vm.StackFrame, 0, len(s.frames)+len(below))
	for _, f := range s.frames {
		sf := vm.StackFrame{Func: f.name, File: s.file, Line: f.line, Col: f.col, Async: async}
		if async {
			sf.Toplevel = true
		} else {
			sf.TypeName, sf.MethodName, sf.Method = "Object", f.name, "Object."+f.name
		}
		stack = append(stack, sf)
	}
	if last := &stack[len(stack)-1]; last.Func == s.api {
		last.TypeName, last.MethodName, last.Method, last.Toplevel = api.TypeName, api.MethodName, api.Method, api.Toplevel
	}
	return append(stack, below...)
}

// promiseFailure gives e, the error a function of fs.promises rejects
// with (made by the binding, with no frames), node's stack: the frames of
// node's fs.promises awaiting the binding (see the table), then the async
// frames of the program awaiting them. It is called from the function the
// program called, resumed with the binding's result, so that the stack
// captured there is that function's and its awaiters'. e is left as it is
// when the site is not in the table. variant is "promises", or
// "promises recursive" for a recursive readdir.
func (n *Node) promiseFailure(e vm.Value, variant string) vm.Value {
	rt := n.VM
	if !rt.IsError(e) {
		return e
	}
	syscall := ""
	if s := rt.GetS(e, "syscall"); s.IsString() {
		syscall = rt.GoString(s)
	}
	limit, withStack := rt.StackTraceLimit()
	frames, lib := libFrames(rt, limit)
	if lib == 0 || !withStack {
		return e
	}
	api := frames[lib-1]
	site := findFSSite(api.Func, syscall, variant)
	if site == nil {
		return e
	}
	stack := site.stack(api, frames[lib:])
	rt.SetErrorStack(e, stack[:min(limit, len(stack))])
	return e
}
