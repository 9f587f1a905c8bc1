package stdlib

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/kilnjs/kiln/vm"
)

// makeFS builds the fs module: the natives below on a binding, then
// lib/fs.js over them. Each native's last argument is req (see fs.go).
func (n *Node) makeFS() vm.Value {
	rt := n.VM
	b := rt.NewObject()
	n.installErrorBindings(b)
	fds := newFDTable()
	str := func(args []vm.Value, i int) string { return rt.ToGoString(vm.Arg(args, i)) }
	num := func(args []vm.Value, i int) int64 { return int64(rt.ToNumber(vm.Arg(args, i))) }
	flagsOf := func(v vm.Value) int {
		if v.IsNumber() {
			return int(rt.ToNumber(v))
		}
		f, ok := openFlags.get(rt.ToGoString(v))
		if !ok {
			rt.Throw(n.newNodeError(vm.ErrType, "ERR_INVALID_ARG_VALUE",
				"The argument 'flags' is invalid. Received "+n.Inspect(v, DefaultInspectOptions())))
		}
		return f
	}
	def := func(name string, nargs int, fn func(args []vm.Value, req vm.Value) vm.Value) {
		rt.DefineMethod(b, name, nargs+1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			return fn(args, vm.Arg(args, nargs))
		})
	}
	// A path-only call with no result.
	pathOp := func(name string, nargs int, fn func(path string, args []vm.Value) func() error) {
		def(name, nargs, func(args []vm.Value, req vm.Value) vm.Value {
			path := str(args, 0)
			do := fn(path, args)
			return n.fsDo(req, func() (fsResult, error) { return nil, do() })
		})
	}
	// A call on an open descriptor with no result.
	fdOp := func(name string, nargs int, fn func(e *fdEntry, args []vm.Value) func() error) {
		def(name, nargs, func(args []vm.Value, req vm.Value) vm.Value {
			e, err := fds.get(int(num(args, 0)), name)
			if err != nil {
				return n.fsDo(req, func() (fsResult, error) { return nil, err })
			}
			do := fn(e, args)
			return n.fsDo(req, func() (fsResult, error) { return nil, do() })
		})
	}
	intResult := func(v int) fsResult { return func() vm.Value { return vm.Int(v) } }
	strResult := func(s string) fsResult { return func() vm.Value { return rt.NewString(s) } }

	def("open", 3, func(args []vm.Value, req vm.Value) vm.Value {
		path, flags, mode := str(args, 0), flagsOf(vm.Arg(args, 1)), os.FileMode(num(args, 2))
		return n.fsDo(req, func() (fsResult, error) {
			f, err := os.OpenFile(path, flags, mode&os.ModePerm)
			if err != nil {
				return nil, sysErr("open", path, unwrapPathError(err))
			}
			return intResult(fds.add(f, flags)), nil
		})
	})
	def("close", 1, func(args []vm.Value, req vm.Value) vm.Value {
		e, err := fds.remove(int(num(args, 0)))
		return n.fsDo(req, func() (fsResult, error) {
			if err != nil {
				return nil, err
			}
			return nil, sysErr("close", "", unwrapPathError(e.f.Close()))
		})
	})
	// read(fd, buffer, offset, length, position): position < 0 reads at the
	// file's current position and moves it.
	def("read", 5, func(args []vm.Value, req vm.Value) vm.Value {
		e, err := fds.get(int(num(args, 0)), "read")
		data, _ := rt.BufferBytes(vm.Arg(args, 1))
		off, length, pos := num(args, 2), num(args, 3), num(args, 4)
		p := data[off : off+length]
		op := func() (fsResult, error) {
			if err != nil {
				return nil, err
			}
			var got int
			if pos < 0 {
				got, err = e.f.Read(p)
			} else {
				got, err = e.f.ReadAt(p, pos)
			}
			if err == io.EOF {
				err = nil
			}
			return intResult(got), sysErr("read", "", unwrapPathError(err))
		}
		return n.fsDo(req, op)
	})
	// write(fd, data, offset, length, position) writes bytes; with a string
	// for data, offset is its encoding and length is unused.
	def("write", 5, func(args []vm.Value, req vm.Value) vm.Value {
		fd := int(num(args, 0))
		e, err := fds.get(fd, "write")
		var p []byte
		if d := vm.Arg(args, 1); d.IsString() {
			p = encodeString(rt.GoString(d), str(args, 2))
		} else {
			data, _ := rt.BufferBytes(d)
			off := num(args, 2)
			p = data[off : off+num(args, 3)]
		}
		pos := num(args, 4)
		// Kiln's stdout and stderr may be writers of the embedder's rather
		// than the process's descriptors; process.stdout writes there too,
		// and on the calling goroutine, so the two keep their order.
		if w := n.stdioWriter(fd); w != nil {
			wrote, werr := w.Write(p)
			return n.fsDo(req, func() (fsResult, error) { return intResult(wrote), sysErr("write", "", werr) })
		}
		return n.fsDo(req, func() (fsResult, error) {
			if err != nil {
				return nil, err
			}
			var wrote int
			if pos < 0 || e.append {
				wrote, err = e.f.Write(p)
			} else {
				wrote, err = e.f.WriteAt(p, pos)
			}
			return intResult(wrote), sysErr("write", "", unwrapPathError(err))
		})
	})
	// readv(fd, buffers, position) fills the buffers in turn until one is
	// not filled; writev(fd, buffers, position) writes them in turn. A
	// position < 0 is the file's current position. An empty list is
	// EINVAL for readv and writes nothing for writev, as in node.
	views := func(v vm.Value) [][]byte {
		var out [][]byte
		for _, b := range rt.ArrayValues(v) {
			p, _ := rt.BufferBytes(b)
			out = append(out, p)
		}
		return out
	}
	def("readv", 3, func(args []vm.Value, req vm.Value) vm.Value {
		e, err := fds.get(int(num(args, 0)), "read")
		bufs, pos := views(vm.Arg(args, 1)), num(args, 2)
		return n.fsDo(req, func() (fsResult, error) {
			if err != nil {
				return nil, err
			}
			if len(bufs) == 0 {
				return nil, sysErr("read", "", syscall.EINVAL)
			}
			total := 0
			for _, p := range bufs {
				var got int
				var rerr error
				if pos < 0 {
					got, rerr = e.f.Read(p)
				} else {
					got, rerr = e.f.ReadAt(p, pos+int64(total))
				}
				total += got
				if rerr != nil && rerr != io.EOF {
					return nil, sysErr("read", "", unwrapPathError(rerr))
				}
				if got < len(p) {
					break
				}
			}
			return intResult(total), nil
		})
	})
	def("writev", 3, func(args []vm.Value, req vm.Value) vm.Value {
		fd := int(num(args, 0))
		e, err := fds.get(fd, "write")
		bufs, pos := views(vm.Arg(args, 1)), num(args, 2)
		if w := n.stdioWriter(fd); w != nil {
			total, werr := 0, error(nil)
			for _, p := range bufs {
				var wrote int
				wrote, werr = w.Write(p)
				if total += wrote; werr != nil {
					break
				}
			}
			return n.fsDo(req, func() (fsResult, error) { return intResult(total), sysErr("write", "", werr) })
		}
		return n.fsDo(req, func() (fsResult, error) {
			if err != nil {
				return nil, err
			}
			total := 0
			for _, p := range bufs {
				var wrote int
				var werr error
				if pos < 0 || e.append {
					wrote, werr = e.f.Write(p)
				} else {
					wrote, werr = e.f.WriteAt(p, pos+int64(total))
				}
				total += wrote
				if werr != nil {
					return nil, sysErr("write", "", unwrapPathError(werr))
				}
			}
			return intResult(total), nil
		})
	})
	// statfs(path): [type, bsize, blocks, bfree, bavail, files, ffree].
	def("statfs", 1, func(args []vm.Value, req vm.Value) vm.Value {
		path := str(args, 0)
		return n.fsDo(req, func() (fsResult, error) {
			fields, err := statFS(path)
			if err != nil {
				return nil, sysErr("statfs", path, err)
			}
			return func() vm.Value {
				vals := make([]vm.Value, len(fields))
				for i, f := range fields {
					vals[i] = vm.Float(float64(f))
				}
				return rt.NewArray(vals)
			}, nil
		})
	})
	// readFile(path or fd, flags, encoding): a string with an encoding,
	// bytes without.
	def("readFile", 3, func(args []vm.Value, req vm.Value) vm.Value {
		target, flags, enc := vm.Arg(args, 0), flagsOf(vm.Arg(args, 1)), vm.Arg(args, 2)
		encoding, decode := "", enc != vm.Null && enc != vm.Undefined
		if decode {
			encoding = rt.ToGoString(enc)
		}
		var e *fdEntry
		var err error
		path := ""
		if target.IsNumber() {
			e, err = fds.get(int(rt.ToNumber(target)), "fstat")
		} else {
			path = rt.ToGoString(target)
		}
		variant := ""
		if path != "" && (encoding == "utf8" || encoding == "utf-8") {
			variant = "utf8"
		}
		return n.fsDoAs(req, variant, func() (fsResult, error) {
			if err != nil {
				return nil, err
			}
			f := (*os.File)(nil)
			if e != nil {
				f = e.f
			} else {
				if f, err = os.OpenFile(path, flags, 0o666); err != nil {
					return nil, sysErr("open", path, unwrapPathError(err))
				}
				defer f.Close()
			}
			data, err := readAll(f)
			if err != nil {
				return nil, err
			}
			return func() vm.Value {
				if decode {
					return rt.NewString(decodeBytes(data, encoding))
				}
				return rt.NewUint8Array(data)
			}, nil
		})
	})
	// writeFile(path or fd, data, encoding, flags, mode).
	def("writeFile", 5, func(args []vm.Value, req vm.Value) vm.Value {
		target, flags, mode := vm.Arg(args, 0), flagsOf(vm.Arg(args, 3)), os.FileMode(num(args, 4))
		var data []byte
		if d := vm.Arg(args, 1); d.IsString() {
			data = encodeString(rt.GoString(d), str(args, 2))
		} else if bs, ok := rt.BufferBytes(d); ok {
			data = append([]byte(nil), bs...)
		}
		var e *fdEntry
		var err error
		path := ""
		if target.IsNumber() {
			fd := int(rt.ToNumber(target))
			if w := n.stdioWriter(fd); w != nil {
				_, werr := w.Write(data)
				return n.fsDo(req, func() (fsResult, error) { return nil, sysErr("write", "", werr) })
			}
			e, err = fds.get(fd, "write")
		} else {
			path = rt.ToGoString(target)
		}
		variant := ""
		if enc := str(args, 2); path != "" && vm.Arg(args, 1).IsString() && (enc == "utf8" || enc == "utf-8") {
			variant = "utf8"
		}
		return n.fsDoAs(req, variant, func() (fsResult, error) {
			if err != nil {
				return nil, err
			}
			if e != nil {
				_, err := e.f.Write(data)
				return nil, sysErr("write", "", unwrapPathError(err))
			}
			f, err := os.OpenFile(path, flags, mode&os.ModePerm)
			if err != nil {
				return nil, sysErr("open", path, unwrapPathError(err))
			}
			_, err = f.Write(data)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			return nil, sysErr("write", "", unwrapPathError(err))
		})
	})
	// stat(path, lstat): an array of the Stats fields.
	def("stat", 2, func(args []vm.Value, req vm.Value) vm.Value {
		path, lstat := str(args, 0), rt.ToBoolean(vm.Arg(args, 1))
		return n.fsDo(req, func() (fsResult, error) {
			st, err := statPath(path, lstat)
			if err != nil {
				op := "stat"
				if lstat {
					op = "lstat"
				}
				return nil, sysErr(op, path, unwrapPathError(err))
			}
			return func() vm.Value { return n.statArray(st) }, nil
		})
	})
	def("fstat", 1, func(args []vm.Value, req vm.Value) vm.Value {
		e, err := fds.get(int(num(args, 0)), "fstat")
		return n.fsDo(req, func() (fsResult, error) {
			if err != nil {
				return nil, err
			}
			st, err := statFile(e.f)
			if err != nil {
				return nil, sysErr("fstat", "", unwrapPathError(err))
			}
			return func() vm.Value { return n.statArray(st) }, nil
		})
	})
	// readdir(path, recursive): [names, types, parents], where a type is a
	// UV_DIRENT_* number and parents are the directories the entries are
	// in (for Dirent.parentPath).
	def("readdir", 2, func(args []vm.Value, req vm.Value) vm.Value {
		path, recursive := str(args, 0), rt.ToBoolean(vm.Arg(args, 1))
		return n.fsDo(req, func() (fsResult, error) {
			ents, err := readDir(path, recursive)
			if err != nil {
				return nil, err
			}
			return func() vm.Value {
				names, types, parents := make([]vm.Value, len(ents)), make([]vm.Value, len(ents)), make([]vm.Value, len(ents))
				for i, e := range ents {
					names[i], types[i], parents[i] = rt.NewString(e.name), vm.Int(e.kind), rt.NewString(e.parent)
				}
				return rt.NewArray([]vm.Value{rt.NewArray(names), rt.NewArray(types), rt.NewArray(parents)})
			}, nil
		})
	})
	// mkdir(path, recursive, mode): recursive gives the first directory it
	// made, or undefined.
	def("mkdir", 3, func(args []vm.Value, req vm.Value) vm.Value {
		path, recursive, mode := str(args, 0), rt.ToBoolean(vm.Arg(args, 1)), os.FileMode(num(args, 2))&os.ModePerm
		return n.fsDo(req, func() (fsResult, error) {
			if !recursive {
				return nil, sysErr("mkdir", path, unwrapPathError(os.Mkdir(path, mode)))
			}
			first, err := mkdirAll(path, mode)
			if err != nil || first == "" {
				return nil, err
			}
			return strResult(first), nil
		})
	})
	def("mkdtemp", 1, func(args []vm.Value, req vm.Value) vm.Value {
		prefix := str(args, 0)
		return n.fsDo(req, func() (fsResult, error) {
			dir, err := mkdtemp(prefix)
			if err != nil {
				return nil, err
			}
			return strResult(dir), nil
		})
	})
	pathOp("rm", 3, func(path string, args []vm.Value) func() error {
		recursive, force := rt.ToBoolean(vm.Arg(args, 1)), rt.ToBoolean(vm.Arg(args, 2))
		return func() error { return rm(path, recursive, force) }
	})
	pathOp("rmdir", 1, func(path string, _ []vm.Value) func() error {
		return func() error { return sysErr("rmdir", path, rmdir(path)) }
	})
	pathOp("unlink", 1, func(path string, _ []vm.Value) func() error {
		return func() error { return sysErr("unlink", path, unlink(path)) }
	})
	twoPaths := func(name string, nargs int, fn func(from, to string, args []vm.Value) func() error) {
		def(name, nargs, func(args []vm.Value, req vm.Value) vm.Value {
			from, to := str(args, 0), str(args, 1)
			do := fn(from, to, args)
			return n.fsDo(req, func() (fsResult, error) {
				if err := do(); err != nil {
					return nil, &fsError{syscall: name, path: from, dest: to, err: unwrapPathError(err)}
				}
				return nil, nil
			})
		})
	}
	twoPaths("rename", 2, func(from, to string, _ []vm.Value) func() error {
		return func() error { return os.Rename(from, to) }
	})
	twoPaths("copyfile", 3, func(from, to string, args []vm.Value) func() error {
		excl := int(num(args, 2))&1 != 0
		return func() error { return copyFile(from, to, excl) }
	})
	twoPaths("link", 2, func(from, to string, _ []vm.Value) func() error {
		return func() error { return os.Link(from, to) }
	})
	twoPaths("symlink", 2, func(from, to string, _ []vm.Value) func() error {
		return func() error { return os.Symlink(from, to) }
	})
	def("readlink", 1, func(args []vm.Value, req vm.Value) vm.Value {
		path := str(args, 0)
		return n.fsDo(req, func() (fsResult, error) {
			target, err := os.Readlink(path)
			if err != nil {
				return nil, sysErr("readlink", path, unwrapPathError(err))
			}
			return strResult(target), nil
		})
	})
	// realpath(path, native): Node's JavaScript realpath reports the
	// component whose lstat failed, the native one the path it was given.
	def("realpath", 2, func(args []vm.Value, req vm.Value) vm.Value {
		path, native := str(args, 0), rt.ToBoolean(vm.Arg(args, 1))
		return n.fsDo(req, func() (fsResult, error) {
			abs, err := filepath.Abs(path)
			if err == nil {
				abs, err = filepath.EvalSymlinks(abs)
			}
			if err != nil {
				if native {
					return nil, sysErr("realpath", path, unwrapPathError(err))
				}
				return nil, err
			}
			return strResult(abs), nil
		})
	})
	pathOp("access", 2, func(path string, args []vm.Value) func() error {
		mode := uint32(num(args, 1))
		return func() error { return sysErr("access", path, access(path, mode)) }
	})
	pathOp("chmod", 2, func(path string, args []vm.Value) func() error {
		mode := uint32(num(args, 1))
		return func() error { return sysErr("chmod", path, chmod(path, mode)) }
	})
	fdOp("fchmod", 2, func(e *fdEntry, args []vm.Value) func() error {
		mode := os.FileMode(num(args, 1)) & os.ModePerm
		return func() error { return sysErr("fchmod", "", unwrapPathError(e.f.Chmod(mode))) }
	})
	pathOp("chown", 3, func(path string, args []vm.Value) func() error {
		uid, gid := int(num(args, 1)), int(num(args, 2))
		return func() error { return sysErr("chown", path, unwrapPathError(os.Chown(path, uid, gid))) }
	})
	pathOp("lchown", 3, func(path string, args []vm.Value) func() error {
		uid, gid := int(num(args, 1)), int(num(args, 2))
		return func() error { return sysErr("lchown", path, unwrapPathError(os.Lchown(path, uid, gid))) }
	})
	fdOp("fchown", 3, func(e *fdEntry, args []vm.Value) func() error {
		uid, gid := int(num(args, 1)), int(num(args, 2))
		return func() error { return sysErr("fchown", "", unwrapPathError(e.f.Chown(uid, gid))) }
	})
	seconds := func(v vm.Value) time.Time {
		s := rt.ToNumber(v)
		return time.Unix(0, int64(s*1e9))
	}
	pathOp("utimes", 3, func(path string, args []vm.Value) func() error {
		at, mt := seconds(vm.Arg(args, 1)), seconds(vm.Arg(args, 2))
		return func() error { return sysErr("utime", path, unwrapPathError(os.Chtimes(path, at, mt))) }
	})
	pathOp("lutimes", 3, func(path string, args []vm.Value) func() error {
		at, mt := seconds(vm.Arg(args, 1)), seconds(vm.Arg(args, 2))
		return func() error { return sysErr("lutime", path, lutimes(path, at, mt)) }
	})
	fdOp("futimes", 3, func(e *fdEntry, args []vm.Value) func() error {
		at, mt := seconds(vm.Arg(args, 1)), seconds(vm.Arg(args, 2))
		return func() error { return sysErr("futime", "", futimes(e.f, at, mt)) }
	})
	fdOp("ftruncate", 2, func(e *fdEntry, args []vm.Value) func() error {
		size := num(args, 1)
		return func() error { return sysErr("ftruncate", "", unwrapPathError(e.f.Truncate(size))) }
	})
	fdOp("fsync", 1, func(e *fdEntry, _ []vm.Value) func() error {
		return func() error { return sysErr("fsync", "", unwrapPathError(e.f.Sync())) }
	})
	fdOp("fdatasync", 1, func(e *fdEntry, _ []vm.Value) func() error {
		return func() error { return sysErr("fdatasync", "", unwrapPathError(e.f.Sync())) }
	})
	// exists(path) never fails: it is existsSync's and the callback
	// exists' answer.
	def("exists", 1, func(args []vm.Value, req vm.Value) vm.Value {
		path := str(args, 0)
		var ok bool
		return n.fsDo(req, func() (fsResult, error) {
			ok = access(path, 0) == nil
			return func() vm.Value { return vm.Bool(ok) }, nil
		})
	})
	// cpError(code, prefix, errName, detail, path[, errnoName]) is the
	// SystemError fs.cp throws: "<prefix>: cp returned <errName> (<detail>)
	// <path>", with the errno of errnoName when given, else of errName.
	rt.DefineMethod(b, "cpError", 6, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		errnoName := str(args, 2)
		if len(args) > 5 {
			errnoName = str(args, 5)
		}
		return n.cpError(str(args, 0), str(args, 1), str(args, 2), str(args, 3), str(args, 4), errnoName)
	})
	// promiseFailure(err, variant) gives err node's frames (see
	// promiseFailure in fs_frames.go); variant is "" or "recursive".
	rt.DefineMethod(b, "promiseFailure", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		variant := promisesVariant
		if v := str(args, 1); v != "" {
			variant += " " + v
		}
		return n.promiseFailure(vm.Arg(args, 0), variant)
	})
	rt.DefineMethod(b, "decode", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		data, _ := rt.BufferBytes(vm.Arg(args, 0))
		return rt.NewString(decodeBytes(data, rt.ToGoString(vm.Arg(args, 1))))
	})
	n.fillFSWatch(b)
	rt.DefineValue(b, "constants", n.fsConstants())
	return n.runInternal("fs", b)
}

// stdioWriter is where a write to fd 1 or 2 goes when the embedder gave
// Kiln its own stdout or stderr; nil otherwise.
func (n *Node) stdioWriter(fd int) io.Writer {
	switch {
	case fd == 1 && n.opts.Stdout != io.Writer(os.Stdout):
		return n.opts.Stdout
	case fd == 2 && n.opts.Stderr != io.Writer(os.Stderr):
		return n.opts.Stderr
	}
	return nil
}

// fsConstants is fs.constants: the open flags and mode bits of this
// platform, and libuv's own numbers.
func (n *Node) fsConstants() vm.Value {
	rt := n.VM
	c := rt.NewObjectProto(vm.Null)
	for _, kv := range fsConstantList() {
		rt.CreateDataProperty(c, kv.name, vm.Int(kv.value))
	}
	return c
}

type fsConstant struct {
	name  string
	value int
}

// commonFSConstants end fs.constants on every platform.
var commonFSConstants = []fsConstant{
	{"F_OK", 0}, {"R_OK", 4}, {"W_OK", 2}, {"X_OK", 1},
	{"UV_FS_COPYFILE_EXCL", 1}, {"COPYFILE_EXCL", 1}, {"UV_FS_COPYFILE_FICLONE", 2}, {"COPYFILE_FICLONE", 2},
	{"UV_FS_COPYFILE_FICLONE_FORCE", 4}, {"COPYFILE_FICLONE_FORCE", 4},
}
