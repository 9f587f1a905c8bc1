package stdlib

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"sync"
	"syscall"

	"github.com/kilnjs/kiln/vm"
)

// The fs module's Go half. lib/fs.js validates arguments and builds the
// objects (Stats, Dirent, streams, FileHandle); every binding here does one
// operation and takes a last argument req that picks how it runs, as
// Node's own binding does: undefined runs it now on the calling goroutine
// and throws on failure (the *Sync forms), a function runs it on the loop's
// worker pool and calls req(err, result) in the poll phase, as libuv's fs
// requests do. Work functions touch only Go values; results become
// JavaScript values on the loop goroutine, and req stays pinned until then.
//
// File descriptors are the operating system's numbers. Each Node keeps the
// *os.File behind the ones it opened in its fdTable, which is what keeps Go
// from closing them behind JavaScript's back.

// fsResult makes an operation's JavaScript result on the loop goroutine;
// nil means undefined.
type fsResult func() vm.Value

// fsError is a failed system call with the names Node reports: the
// syscall, the path and, for two-path calls (rename, copyfile, link,
// symlink), the destination.
type fsError struct {
	syscall, path, dest string
	err                 error
}

func (e *fsError) Error() string { return e.syscall + " " + e.path + ": " + e.err.Error() }
func (e *fsError) Unwrap() error { return e.err }

// sysErr wraps err (if any) as syscall on path.
func sysErr(syscall, path string, err error) error {
	if err == nil {
		return nil
	}
	return &fsError{syscall: syscall, path: path, err: err}
}

// errRmDir is rm without recursive on a directory: Node's ERR_FS_EISDIR.
type errRmDir struct{ path string }

func (e *errRmDir) Error() string { return "rm " + e.path + ": is a directory" }

// fsRequest runs work on the pool, then calls the pinned JavaScript
// callback with what done returns; one that cannot be queued throws.
func (n *Node) fsRequest(cb vm.Value, work func(), done func() []vm.Value) {
	rt := n.VM
	pin := rt.Pin(cb)
	ctx := rt.Pin(rt.AsyncContext())
	n.fsPending++
	err := n.Loop.QueueWork(work, func() {
		n.fsPending--
		fn := rt.Pinned(pin)
		rt.Unpin(pin)
		saved := rt.AsyncContext()
		rt.SetAsyncContext(rt.Pinned(ctx))
		rt.Unpin(ctx)
		var args []vm.Value
		exc := rt.Try(func() {
			args = done()
			rt.Call(fn, vm.Undefined, args...)
		})
		// In the callback's context, as drainTicks.
		if exc != nil {
			n.uncaught(exc)
		}
		rt.SetAsyncContext(saved)
	})
	if err != nil {
		n.fsPending--
		rt.Unpin(pin)
		rt.Unpin(ctx)
		rt.Throw(n.uvException(err, "uv_queue_work", ""))
	}
}

// fsDo runs op now (req undefined) or on the pool (req a function); see the
// top of the file.
func (n *Node) fsDo(req vm.Value, op func() (fsResult, error)) vm.Value {
	return n.fsDoAs(req, "", op)
}

// fsDoAs is fsDo for a call whose failure node shows as that of variant
// of its fs function (see nodeFSSite).
func (n *Node) fsDoAs(req vm.Value, variant string, op func() (fsResult, error)) vm.Value {
	rt := n.VM
	if !rt.IsCallable(req) {
		res, err := op()
		if err != nil {
			n.throwFSSync(n.fsException(err), variant)
		}
		if res == nil {
			return vm.Undefined
		}
		return res()
	}
	n.fsAsync(req, op)
	return vm.Undefined
}

// fsAsync is fsDo's pool half: op on the pool, then the callback cb with
// its error or result.
func (n *Node) fsAsync(cb vm.Value, op func() (fsResult, error)) {
	var res fsResult
	var err error
	n.fsRequest(cb, func() { res, err = op() }, func() []vm.Value {
		if err != nil {
			return []vm.Value{n.fsException(err)}
		}
		if res == nil {
			return []vm.Value{vm.Null}
		}
		return []vm.Value{vm.Null, res()}
	})
}

// fsException is Node's uvException for a failed fs call:
// "ENOENT: no such file or directory, rename 'a' -> 'b'".
func (n *Node) fsException(err error) vm.Value {
	rt := n.VM
	var rd *errRmDir
	if errors.As(err, &rd) {
		return n.rmDirError(rd.path)
	}
	var fe *fsError
	if !errors.As(err, &fe) {
		fe = &fsError{syscall: "open", err: err}
		var pe *fs.PathError
		if errors.As(err, &pe) {
			fe.syscall, fe.path = pe.Op, pe.Path
		}
	}
	u := uvErrorOf(fe.err)
	msg := u.code + ": " + u.desc + ", " + fe.syscall
	if fe.path != "" {
		msg += " '" + fe.path + "'"
	}
	if fe.dest != "" {
		msg += " -> '" + fe.dest + "'"
	}
	e := rt.NewError(vm.ErrPlain, msg)
	rt.CreateDataProperty(e, "errno", vm.Int(u.errno))
	rt.CreateDataProperty(e, "code", rt.NewString(u.code))
	rt.CreateDataProperty(e, "syscall", rt.NewString(fe.syscall))
	if fe.path != "" {
		rt.CreateDataProperty(e, "path", rt.NewString(fe.path))
	}
	if fe.dest != "" {
		rt.CreateDataProperty(e, "dest", rt.NewString(fe.dest))
	}
	return e
}

// rmDirError is Node's SystemError ERR_FS_EISDIR, whose message carries
// libuv's description and whose info holds the system error's fields.
func (n *Node) rmDirError(path string) vm.Value {
	rt := n.VM
	u := uvErrorOf(syscall.EISDIR)
	msg := "Path is a directory: rm returned EISDIR (is a directory) " + path
	e := n.newSystemError("ERR_FS_EISDIR", msg)
	info := rt.NewObject()
	rt.CreateDataProperty(info, "code", rt.NewString("EISDIR"))
	rt.CreateDataProperty(info, "message", rt.NewString("is a directory"))
	rt.CreateDataProperty(info, "path", rt.NewString(path))
	rt.CreateDataProperty(info, "syscall", rt.NewString("rm"))
	rt.CreateDataProperty(info, "errno", vm.Int(-u.errno))
	rt.CreateDataProperty(e, "info", info)
	rt.CreateDataProperty(e, "errno", vm.Int(-u.errno))
	rt.CreateDataProperty(e, "syscall", rt.NewString("rm"))
	rt.CreateDataProperty(e, "path", rt.NewString(path))
	return e
}

// cpError is one of the SystemErrors fs.cp throws; errName is the error
// name it reports (EINVAL, EEXIST, ...), errnoName the one whose number it
// carries (they differ where Node's do).
func (n *Node) cpError(code, prefix, errName, detail, path, errnoName string) vm.Value {
	rt := n.VM
	errno := 0
	for _, e := range uvErrors {
		if e.code == errnoName {
			errno = int(e.errno)
		}
	}
	e := n.newSystemError(code, prefix+": cp returned "+errName+" ("+detail+") "+path)
	info := rt.NewObject()
	rt.CreateDataProperty(info, "message", rt.NewString(detail))
	rt.CreateDataProperty(info, "path", rt.NewString(path))
	rt.CreateDataProperty(info, "syscall", rt.NewString("cp"))
	rt.CreateDataProperty(info, "errno", vm.Int(errno))
	rt.CreateDataProperty(info, "code", rt.NewString(errName))
	rt.CreateDataProperty(e, "info", info)
	rt.CreateDataProperty(e, "errno", vm.Int(errno))
	rt.CreateDataProperty(e, "syscall", rt.NewString("cp"))
	rt.CreateDataProperty(e, "path", rt.NewString(path))
	return e
}

// newSystemError is an error of Node's SystemError class, which names
// itself SystemError and carries the system error's fields in info.
func (n *Node) newSystemError(code, msg string) vm.Value {
	rt := n.VM
	e := n.newNodeError(vm.ErrPlain, code, msg)
	if st := rt.GetS(e, "stack"); st.IsString() {
		s := rt.GoString(st)
		if len(s) >= 5 && s[:5] == "Error" {
			rt.SetS(e, "stack", rt.NewString("System"+s))
		}
	}
	rt.DefineValue(e, "name", rt.NewString("SystemError"))
	return e
}

// fdTable maps the descriptors JavaScript holds to their files.
type fdTable struct {
	mu    sync.Mutex
	files map[int]*fdEntry
}

type fdEntry struct {
	f      *os.File
	append bool // opened O_APPEND: positioned writes still append, as pwrite does on Linux
}

func newFDTable() *fdTable {
	return &fdTable{files: map[int]*fdEntry{
		0: {f: os.Stdin}, 1: {f: os.Stdout}, 2: {f: os.Stderr},
	}}
}

func (t *fdTable) add(f *os.File, flags int) int {
	fd := int(f.Fd())
	t.mu.Lock()
	t.files[fd] = &fdEntry{f: f, append: flags&os.O_APPEND != 0}
	t.mu.Unlock()
	return fd
}

// get returns fd's entry, or an EBADF error naming syscall.
func (t *fdTable) get(fd int, syscallName string) (*fdEntry, error) {
	t.mu.Lock()
	e := t.files[fd]
	t.mu.Unlock()
	if e == nil {
		return nil, sysErr(syscallName, "", syscall.EBADF)
	}
	return e, nil
}

func (t *fdTable) remove(fd int) (*fdEntry, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	e := t.files[fd]
	if e == nil {
		return nil, sysErr("close", "", syscall.EBADF)
	}
	delete(t.files, fd)
	return e, nil
}

// openFlags is Node's stringToFlags.
var openFlags = table[int]{
	{"r", os.O_RDONLY}, {"rs", os.O_RDONLY | os.O_SYNC}, {"sr", os.O_RDONLY | os.O_SYNC},
	{"r+", os.O_RDWR}, {"rs+", os.O_RDWR | os.O_SYNC}, {"sr+", os.O_RDWR | os.O_SYNC},
	{"w", os.O_TRUNC | os.O_CREATE | os.O_WRONLY}, {"wx", os.O_TRUNC | os.O_CREATE | os.O_WRONLY | os.O_EXCL},
	{"xw", os.O_TRUNC | os.O_CREATE | os.O_WRONLY | os.O_EXCL},
	{"w+", os.O_TRUNC | os.O_CREATE | os.O_RDWR}, {"wx+", os.O_TRUNC | os.O_CREATE | os.O_RDWR | os.O_EXCL},
	{"xw+", os.O_TRUNC | os.O_CREATE | os.O_RDWR | os.O_EXCL},
	{"a", os.O_APPEND | os.O_CREATE | os.O_WRONLY}, {"ax", os.O_APPEND | os.O_CREATE | os.O_WRONLY | os.O_EXCL},
	{"xa", os.O_APPEND | os.O_CREATE | os.O_WRONLY | os.O_EXCL}, {"as", os.O_APPEND | os.O_CREATE | os.O_WRONLY | os.O_SYNC},
	{"sa", os.O_APPEND | os.O_CREATE | os.O_WRONLY | os.O_SYNC},
	{"a+", os.O_APPEND | os.O_CREATE | os.O_RDWR}, {"ax+", os.O_APPEND | os.O_CREATE | os.O_RDWR | os.O_EXCL},
	{"xa+", os.O_APPEND | os.O_CREATE | os.O_RDWR | os.O_EXCL}, {"as+", os.O_APPEND | os.O_CREATE | os.O_RDWR | os.O_SYNC},
	{"sa+", os.O_APPEND | os.O_CREATE | os.O_RDWR | os.O_SYNC},
}

// readAll reads f from its current position to the end.
func readAll(f *os.File) ([]byte, error) {
	data, err := io.ReadAll(f)
	return data, sysErr("read", "", unwrapPathError(err))
}

// unwrapPathError drops the os package's wrapping so that sysErr's names
// are the ones reported.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	var se *os.SyscallError
	if errors.As(err, &se) {
		return se.Err
	}
	return err
}

// statFields are a Stats object's numbers in the order of Node's Stats
// constructor: dev, mode, nlink, uid, gid, rdev, blksize, ino, size,
// blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs.
type statFields [14]float64

func (n *Node) statArray(st statFields) vm.Value {
	vals := make([]vm.Value, len(st))
	for i, f := range st {
		vals[i] = vm.Float(f)
	}
	return n.VM.NewArray(vals)
}

// goModeToUnix rebuilds st_mode from a FileMode where the OS gives no
// stat structure.
func goModeToUnix(m fs.FileMode) float64 {
	bits := uint32(m.Perm())
	switch {
	case m.IsDir():
		bits |= 0o040000
	case m&fs.ModeSymlink != 0:
		bits |= 0o120000
	case m&fs.ModeNamedPipe != 0:
		bits |= 0o010000
	case m&fs.ModeSocket != 0:
		bits |= 0o140000
	case m&fs.ModeCharDevice != 0:
		bits |= 0o020000
	case m&fs.ModeDevice != 0:
		bits |= 0o060000
	default:
		bits |= 0o100000
	}
	return float64(bits)
}
