package stdlib

import (
	"crypto/rand"
	"encoding/binary"
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"syscall"
	"time"

	"github.com/kilnjs/kiln/vm"
	"github.com/kilnjs/kiln/wasm"
)

// The Go half of lib/wasi.js: wasi_snapshot_preview1's system calls (the
// witx in WebAssembly/WASI's phases/snapshot/witx is the reference for the
// numbers and the struct layouts below) over the host's files, as node's
// uvwasi provides them. Each call reads and writes the instance's memory,
// which wasi.start hands over (_setMemory), and returns an errno; a call
// Kiln does not provide returns ENOSYS, as uvwasi does for what it lacks.
//
// Paths are resolved lexically inside a preopened directory: a path that is
// absolute or climbs above its directory with .. is ENOTCAPABLE. Symbolic
// links inside a preopen are followed by the host, so one pointing outside
// it is not caught (uvwasi resolves them itself).

// WASI errno values.
const (
	wasiESUCCESS     = 0
	wasiE2BIG        = 1
	wasiEACCES       = 2
	wasiEAGAIN       = 6
	wasiEBADF        = 8
	wasiEBUSY        = 10
	wasiEEXIST       = 20
	wasiEINVAL       = 28
	wasiEIO          = 29
	wasiEISDIR       = 31
	wasiELOOP        = 32
	wasiEMFILE       = 33
	wasiENAMETOOLONG = 37
	wasiENOENT       = 44
	wasiENOSPC       = 51
	wasiENOSYS       = 52
	wasiENOTDIR      = 54
	wasiENOTEMPTY    = 55
	wasiENOBUFS      = 42
	wasiENOTSUP      = 58
	wasiEOVERFLOW    = 61
	wasiEPERM        = 63
	wasiEROFS        = 69
	wasiESPIPE       = 70
	wasiEXDEV        = 75
	wasiENOTCAPABLE  = 76
)

// WASI file types.
const (
	wasiFiletypeUnknown   = 0
	wasiFiletypeCharDev   = 2
	wasiFiletypeDirectory = 3
	wasiFiletypeRegular   = 4
	wasiFiletypeSymlink   = 7
)

// wasiRightsAll is every right the snapshot defines (bits 0..29).
const wasiRightsAll = 1<<30 - 1

// wasiFD is an open descriptor of the guest's.
type wasiFD struct {
	f       *os.File
	host    string // the host path, for files and directories opened by path
	preopen string // the guest name of a preopened directory
	isDir   bool
	flags   uint16 // fdflags
	// entries is a directory's listing, read once at the first fd_readdir
	// so cookies stay stable across calls.
	entries []fs.DirEntry
}

type wasiState struct {
	n      *Node
	args   []string
	env    []string
	fds    map[uint32]*wasiFD
	next   uint32
	memory *wasm.Memory
	start  time.Time // the monotonic clocks' zero
}

// errno turns a host error into a WASI errno.
func wasiErrno(err error) uint32 {
	var errno syscall.Errno
	switch {
	case err == nil:
		return wasiESUCCESS
	case errors.As(err, &errno):
		switch errno {
		case syscall.ENOENT:
			return wasiENOENT
		case syscall.EEXIST:
			return wasiEEXIST
		case syscall.EACCES:
			return wasiEACCES
		case syscall.EPERM:
			return wasiEPERM
		case syscall.ENOTDIR:
			return wasiENOTDIR
		case syscall.EISDIR:
			return wasiEISDIR
		case syscall.ENOTEMPTY:
			return wasiENOTEMPTY
		case syscall.EINVAL:
			return wasiEINVAL
		case syscall.EBADF:
			return wasiEBADF
		case syscall.ELOOP:
			return wasiELOOP
		case syscall.ENAMETOOLONG:
			return wasiENAMETOOLONG
		case syscall.EXDEV:
			return wasiEXDEV
		case syscall.ESPIPE:
			return wasiESPIPE
		case syscall.ENOSPC:
			return wasiENOSPC
		case syscall.EROFS:
			return wasiEROFS
		case syscall.EBUSY:
			return wasiEBUSY
		case syscall.EAGAIN:
			return wasiEAGAIN
		case syscall.EMFILE:
			return wasiEMFILE
		}
	case errors.Is(err, fs.ErrNotExist):
		return wasiENOENT
	case errors.Is(err, fs.ErrExist):
		return wasiEEXIST
	case errors.Is(err, fs.ErrPermission):
		return wasiEPERM
	}
	return wasiEIO
}

// wasiFault is a memory access out of the instance's bounds.
type wasiFault struct{}

func (s *wasiState) mem(ptr, size uint32) []byte {
	d := s.memory.Data
	if uint64(ptr)+uint64(size) > uint64(len(d)) {
		panic(wasiFault{})
	}
	return d[ptr : ptr+size]
}
func (s *wasiState) u32(ptr uint32) uint32 { return binary.LittleEndian.Uint32(s.mem(ptr, 4)) }
func (s *wasiState) u64(ptr uint32) uint64 { return binary.LittleEndian.Uint64(s.mem(ptr, 8)) }
func (s *wasiState) putU32(ptr, v uint32)  { binary.LittleEndian.PutUint32(s.mem(ptr, 4), v) }
func (s *wasiState) putU64(ptr uint32, v uint64) {
	binary.LittleEndian.PutUint64(s.mem(ptr, 8), v)
}

// iovecs are the buffers an iovec array names, in order.
func (s *wasiState) iovecs(iovs, n uint32) [][]byte {
	out := make([][]byte, n)
	for i := range n {
		p := iovs + 8*i
		out[i] = s.mem(s.u32(p), s.u32(p+4))
	}
	return out
}

func (s *wasiState) fd(fd uint32) (*wasiFD, uint32) {
	e := s.fds[fd]
	if e == nil {
		return nil, wasiEBADF
	}
	return e, wasiESUCCESS
}

// resolve is path (in memory at ptr, len) under directory fd, on the host.
func (s *wasiState) resolve(fd, ptr, n uint32) (string, uint32) {
	dir, errno := s.fd(fd)
	if errno != 0 {
		return "", errno
	}
	if !dir.isDir {
		return "", wasiENOTDIR
	}
	p := string(s.mem(ptr, n))
	clean := path.Clean(p)
	if path.IsAbs(p) || clean == ".." || len(clean) > 2 && clean[:3] == "../" {
		return "", wasiENOTCAPABLE
	}
	return filepath.Join(dir.host, filepath.FromSlash(clean)), wasiESUCCESS
}

func wasiFiletype(m fs.FileMode) uint8 {
	switch {
	case m.IsDir():
		return wasiFiletypeDirectory
	case m.IsRegular():
		return wasiFiletypeRegular
	case m&fs.ModeSymlink != 0:
		return wasiFiletypeSymlink
	case m&fs.ModeCharDevice != 0:
		return wasiFiletypeCharDev
	}
	return wasiFiletypeUnknown
}

// putFilestat writes a filestat (64 bytes: dev, ino, filetype u8 at 16,
// nlink, size, atim, mtim, ctim) from Node's stat fields (fs.go).
func (s *wasiState) putFilestat(ptr uint32, st statFields, mode fs.FileMode) {
	b := s.mem(ptr, 64)
	clear(b)
	ns := func(ms float64) uint64 { return uint64(ms * 1e6) }
	binary.LittleEndian.PutUint64(b[0:], uint64(st[0]))
	binary.LittleEndian.PutUint64(b[8:], uint64(st[7]))
	b[16] = wasiFiletype(mode)
	binary.LittleEndian.PutUint64(b[24:], uint64(st[2]))
	binary.LittleEndian.PutUint64(b[32:], uint64(st[8]))
	binary.LittleEndian.PutUint64(b[40:], ns(st[10]))
	binary.LittleEndian.PutUint64(b[48:], ns(st[11]))
	binary.LittleEndian.PutUint64(b[56:], ns(st[12]))
}

func fillWASI(n *Node, b vm.Value) {
	rt := n.VM
	rt.DefineMethod(b, "create", 4, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		s := &wasiState{n: n, fds: map[uint32]*wasiFD{}, start: time.Now()}
		for _, a := range rt.ArrayValues(vm.Arg(args, 0)) {
			s.args = append(s.args, rt.ToGoString(a))
		}
		for _, e := range rt.ArrayValues(vm.Arg(args, 1)) {
			s.env = append(s.env, rt.ToGoString(e))
		}
		for i, v := range rt.ArrayValues(vm.Arg(args, 3)) {
			if f := wasiStdio(int(rt.ToNumber(v))); f != nil {
				s.fds[uint32(i)] = &wasiFD{f: f}
			}
		}
		s.next = 3
		pre := rt.ArrayValues(vm.Arg(args, 2))
		for i := 0; i+1 < len(pre); i += 2 {
			host := rt.ToGoString(pre[i+1])
			f, err := os.Open(host)
			if err != nil {
				rt.Throw(n.uvException(err, "uvwasi_init", host))
			}
			s.fds[s.next] = &wasiFD{f: f, host: host, preopen: rt.ToGoString(pre[i]), isDir: true}
			s.next++
		}
		return s.object(rt)
	})
}

// wasiStdio is the host file behind the stdio fd a WASI was given.
func wasiStdio(fd int) *os.File {
	switch fd {
	case 0:
		return os.Stdin
	case 1:
		return os.Stdout
	case 2:
		return os.Stderr
	}
	return hostFile(fd)
}

// object is wasi.wasiImport before lib/wasi.js binds it: one native per
// system call, each taking the wasm arguments (i32 as Numbers, i64 as
// BigInts) and returning the errno.
func (s *wasiState) object(rt *vm.Runtime) vm.Value {
	o := rt.NewObject()
	rt.CreateDataProperty(o, "_setMemory", rt.NewNativeFunction("_setMemory", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		var m *wasm.Memory
		if s.n.wasm != nil {
			m, _ = s.n.wasm.objs[vm.Arg(args, 0)].(*wasm.Memory)
		}
		if m == nil {
			rt.Throw(s.n.newCodedError(vm.ErrType, "ERR_INVALID_ARG_TYPE", `"instance.exports.memory" property must be a WebAssembly.Memory object`))
		}
		s.memory = m
		return vm.Undefined
	}))
	for _, c := range wasiCalls {
		c := c
		rt.CreateDataProperty(o, c.name, rt.NewNativeFunction(c.name, c.params, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			if s.memory == nil {
				rt.Throw(s.n.newCodedError(vm.ErrPlain, "ERR_WASI_NOT_STARTED", "wasi.start() has not been called"))
			}
			if len(args) != c.params {
				return vm.Int(wasiEINVAL)
			}
			a := make([]uint64, len(args))
			for i, v := range args {
				if c.wide&(1<<i) != 0 {
					if !v.IsBigInt() {
						return vm.Int(wasiEINVAL)
					}
					if x := rt.ToBigInt(v); x.IsInt64() {
						a[i] = uint64(x.Int64())
					} else {
						a[i] = x.Uint64()
					}
				} else {
					if !v.IsNumber() {
						return vm.Int(wasiEINVAL)
					}
					a[i] = uint64(uint32(toInt32(rt.ToNumber(v))))
				}
			}
			if c.call == nil {
				return vm.Int(wasiENOSYS)
			}
			return vm.Int(int(s.run(c.call, a)))
		}))
	}
	return o
}

// run makes one call, turning an access outside memory into EOVERFLOW,
// uvwasi's errno for a pointer out of bounds.
func (s *wasiState) run(call func(*wasiState, []uint64) uint32, a []uint64) (errno uint32) {
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(wasiFault); !ok {
				panic(r)
			}
			errno = wasiEOVERFLOW
		}
	}()
	return call(s, a)
}

type wasiCall struct {
	name   string
	params int
	wide   uint32 // bit i set: parameter i is an i64
	call   func(s *wasiState, a []uint64) uint32
}

// wasiCalls are node's wasiImport, in its order.
var wasiCalls = [...]wasiCall{
	{"args_get", 2, 0, func(s *wasiState, a []uint64) uint32 { return s.strings(s.args, a) }},
	{"args_sizes_get", 2, 0, func(s *wasiState, a []uint64) uint32 { return s.sizes(s.args, a) }},
	{"clock_res_get", 2, 0, (*wasiState).clockRes},
	{"clock_time_get", 3, 1 << 1, (*wasiState).clockTime},
	{"environ_get", 2, 0, func(s *wasiState, a []uint64) uint32 { return s.strings(s.env, a) }},
	{"environ_sizes_get", 2, 0, func(s *wasiState, a []uint64) uint32 { return s.sizes(s.env, a) }},
	{"fd_advise", 4, 1<<1 | 1<<2, nil},
	{"fd_allocate", 3, 1<<1 | 1<<2, nil},
	{"fd_close", 1, 0, (*wasiState).fdClose},
	{"fd_datasync", 1, 0, nil},
	{"fd_fdstat_get", 2, 0, (*wasiState).fdFdstatGet},
	{"fd_fdstat_set_flags", 2, 0, (*wasiState).fdFdstatSetFlags},
	{"fd_fdstat_set_rights", 3, 1<<1 | 1<<2, nil},
	{"fd_filestat_get", 2, 0, (*wasiState).fdFilestatGet},
	{"fd_filestat_set_size", 2, 1 << 1, nil},
	{"fd_filestat_set_times", 4, 1<<1 | 1<<2, nil},
	{"fd_pread", 5, 1 << 3, (*wasiState).fdPread},
	{"fd_prestat_get", 2, 0, (*wasiState).fdPrestatGet},
	{"fd_prestat_dir_name", 3, 0, (*wasiState).fdPrestatDirName},
	{"fd_pwrite", 5, 1 << 3, (*wasiState).fdPwrite},
	{"fd_read", 4, 0, (*wasiState).fdRead},
	{"fd_readdir", 5, 1 << 3, (*wasiState).fdReaddir},
	{"fd_renumber", 2, 0, nil},
	{"fd_seek", 4, 1 << 1, (*wasiState).fdSeek},
	{"fd_sync", 1, 0, nil},
	{"fd_tell", 2, 0, (*wasiState).fdTell},
	{"fd_write", 4, 0, (*wasiState).fdWrite},
	{"path_create_directory", 3, 0, (*wasiState).pathCreateDirectory},
	{"path_filestat_get", 5, 0, (*wasiState).pathFilestatGet},
	{"path_filestat_set_times", 7, 1<<4 | 1<<5, nil},
	{"path_link", 7, 0, nil},
	{"path_open", 9, 1<<5 | 1<<6, (*wasiState).pathOpen},
	{"path_readlink", 6, 0, nil},
	{"path_remove_directory", 3, 0, (*wasiState).pathRemoveDirectory},
	{"path_rename", 6, 0, (*wasiState).pathRename},
	{"path_symlink", 5, 0, nil},
	{"path_unlink_file", 3, 0, (*wasiState).pathUnlinkFile},
	{"poll_oneoff", 4, 0, (*wasiState).pollOneoff},
	{"proc_exit", 1, 0, nil}, // lib/wasi.js replaces it
	{"proc_raise", 1, 0, nil},
	{"random_get", 2, 0, (*wasiState).randomGet},
	{"sched_yield", 0, 0, func(*wasiState, []uint64) uint32 { return wasiESUCCESS }},
	{"sock_accept", 3, 0, nil},
	{"sock_recv", 6, 0, nil},
	{"sock_send", 5, 0, nil},
	{"sock_shutdown", 2, 0, nil},
}

// strings is args_get and environ_get: pointers at a[0], the
// NUL-terminated strings from a[1].
func (s *wasiState) strings(list []string, a []uint64) uint32 {
	ptrs, buf := uint32(a[0]), uint32(a[1])
	for i, str := range list {
		s.putU32(ptrs+4*uint32(i), buf)
		copy(s.mem(buf, uint32(len(str))+1), str+"\x00")
		buf += uint32(len(str)) + 1
	}
	return wasiESUCCESS
}

func (s *wasiState) sizes(list []string, a []uint64) uint32 {
	size := 0
	for _, str := range list {
		size += len(str) + 1
	}
	s.putU32(uint32(a[0]), uint32(len(list)))
	s.putU32(uint32(a[1]), uint32(size))
	return wasiESUCCESS
}

func (s *wasiState) clockRes(a []uint64) uint32 {
	if a[0] > 3 {
		return wasiEINVAL
	}
	s.putU64(uint32(a[1]), 1)
	return wasiESUCCESS
}

func (s *wasiState) clockTime(a []uint64) uint32 {
	var t uint64
	switch a[0] {
	case 0:
		t = uint64(time.Now().UnixNano())
	case 1, 2, 3:
		t = uint64(time.Since(s.start).Nanoseconds())
	default:
		return wasiEINVAL
	}
	s.putU64(uint32(a[2]), t)
	return wasiESUCCESS
}

func (s *wasiState) fdClose(a []uint64) uint32 {
	e, errno := s.fd(uint32(a[0]))
	if errno != 0 {
		return errno
	}
	delete(s.fds, uint32(a[0]))
	if e.host != "" {
		return wasiErrno(e.f.Close())
	}
	return wasiESUCCESS
}

// fdFdstatGet writes a fdstat (24 bytes: filetype u8, flags u16 at 2,
// rights base and inheriting at 8 and 16).
func (s *wasiState) fdFdstatGet(a []uint64) uint32 {
	e, errno := s.fd(uint32(a[0]))
	if errno != 0 {
		return errno
	}
	fi, err := e.f.Stat()
	if err != nil {
		return wasiErrno(err)
	}
	b := s.mem(uint32(a[1]), 24)
	clear(b)
	b[0] = wasiFiletype(fi.Mode())
	binary.LittleEndian.PutUint16(b[2:], e.flags)
	binary.LittleEndian.PutUint64(b[8:], wasiRightsAll)
	binary.LittleEndian.PutUint64(b[16:], wasiRightsAll)
	return wasiESUCCESS
}

func (s *wasiState) fdFdstatSetFlags(a []uint64) uint32 {
	e, errno := s.fd(uint32(a[0]))
	if errno != 0 {
		return errno
	}
	// Only append is kept, and applied by fd_write: the others
	// (dsync, nonblock, rsync, sync) are not supported.
	if a[1]&^1 != 0 {
		return wasiENOTSUP
	}
	e.flags = uint16(a[1])
	return wasiESUCCESS
}

func (s *wasiState) fdFilestatGet(a []uint64) uint32 {
	e, errno := s.fd(uint32(a[0]))
	if errno != 0 {
		return errno
	}
	fi, err := e.f.Stat()
	if err != nil {
		return wasiErrno(err)
	}
	st, err := statFile(e.f)
	if err != nil {
		return wasiErrno(err)
	}
	s.putFilestat(uint32(a[1]), st, fi.Mode())
	return wasiESUCCESS
}

func (s *wasiState) fdPrestatGet(a []uint64) uint32 {
	e, errno := s.fd(uint32(a[0]))
	if errno != 0 {
		return errno
	}
	if e.preopen == "" {
		return wasiEBADF
	}
	b := s.mem(uint32(a[1]), 8)
	clear(b)
	binary.LittleEndian.PutUint32(b[4:], uint32(len(e.preopen)))
	return wasiESUCCESS
}

func (s *wasiState) fdPrestatDirName(a []uint64) uint32 {
	e, errno := s.fd(uint32(a[0]))
	if errno != 0 {
		return errno
	}
	if e.preopen == "" {
		return wasiEBADF
	}
	if uint32(a[2]) < uint32(len(e.preopen)) {
		return wasiENOBUFS
	}
	copy(s.mem(uint32(a[1]), uint32(len(e.preopen))), e.preopen)
	return wasiESUCCESS
}

// transfer runs op over the buffers of an iovec array, stopping at the
// first short transfer, and stores the byte count at out.
func (s *wasiState) transfer(iovs, n, out uint32, op func([]byte) (int, error)) uint32 {
	total := 0
	for _, buf := range s.iovecs(iovs, n) {
		k, err := op(buf)
		total += k
		if err != nil && err != io.EOF {
			if total == 0 {
				return wasiErrno(err)
			}
			break
		}
		if k < len(buf) {
			break
		}
	}
	s.putU32(out, uint32(total))
	return wasiESUCCESS
}

func (s *wasiState) fdRead(a []uint64) uint32 {
	e, errno := s.fd(uint32(a[0]))
	if errno != 0 {
		return errno
	}
	if e.isDir {
		return wasiEISDIR
	}
	return s.transfer(uint32(a[1]), uint32(a[2]), uint32(a[3]), e.f.Read)
}

func (s *wasiState) fdPread(a []uint64) uint32 {
	return s.fdAt(a, (*os.File).ReadAt)
}

// fdAt is fd_pread and fd_pwrite: the iovecs go through at from the
// offset a[3] on, the file's own position left as it is.
func (s *wasiState) fdAt(a []uint64, at func(*os.File, []byte, int64) (int, error)) uint32 {
	e, errno := s.fd(uint32(a[0]))
	if errno != 0 {
		return errno
	}
	if e.isDir {
		return wasiEISDIR
	}
	off := int64(a[3])
	return s.transfer(uint32(a[1]), uint32(a[2]), uint32(a[4]), func(b []byte) (int, error) {
		k, err := at(e.f, b, off)
		off += int64(k)
		return k, err
	})
}

func (s *wasiState) fdWrite(a []uint64) uint32 {
	fd := uint32(a[0])
	e, errno := s.fd(fd)
	if errno != 0 {
		return errno
	}
	if e.isDir {
		return wasiEISDIR
	}
	var w io.Writer = e.f
	if e.host == "" {
		if sw := s.n.stdioWriter(int(fd)); sw != nil && (e.f == os.Stdout || e.f == os.Stderr) {
			w = sw
		}
	} else if e.flags&1 != 0 {
		if _, err := e.f.Seek(0, io.SeekEnd); err != nil {
			return wasiErrno(err)
		}
	}
	return s.transfer(uint32(a[1]), uint32(a[2]), uint32(a[3]), w.Write)
}

func (s *wasiState) fdPwrite(a []uint64) uint32 {
	return s.fdAt(a, (*os.File).WriteAt)
}

func (s *wasiState) fdSeek(a []uint64) uint32 {
	e, errno := s.fd(uint32(a[0]))
	if errno != 0 {
		return errno
	}
	if a[2] > 2 {
		return wasiEINVAL
	}
	if e.isDir {
		return wasiEISDIR
	}
	pos, err := e.f.Seek(int64(a[1]), int(a[2]))
	if err != nil {
		return wasiErrno(err)
	}
	s.putU64(uint32(a[3]), uint64(pos))
	return wasiESUCCESS
}

func (s *wasiState) fdTell(a []uint64) uint32 {
	e, errno := s.fd(uint32(a[0]))
	if errno != 0 {
		return errno
	}
	pos, err := e.f.Seek(0, io.SeekCurrent)
	if err != nil {
		return wasiErrno(err)
	}
	s.putU64(uint32(a[1]), uint64(pos))
	return wasiESUCCESS
}

// fdReaddir fills the buffer with dirents (24-byte header: next cookie,
// inode, name length u32 at 16, type u8 at 20; then the name), the last
// one cut short when it does not fit, as the witx asks; a cookie is the
// index of the next entry. The listing is sorted, so output is the same
// on every file system.
func (s *wasiState) fdReaddir(a []uint64) uint32 {
	e, errno := s.fd(uint32(a[0]))
	if errno != 0 {
		return errno
	}
	if !e.isDir {
		return wasiENOTDIR
	}
	if e.entries == nil || a[3] == 0 {
		list, err := os.ReadDir(e.host)
		if err != nil {
			return wasiErrno(err)
		}
		sort.Slice(list, func(i, j int) bool { return list[i].Name() < list[j].Name() })
		e.entries = list
	}
	buf, size := uint32(a[1]), uint32(a[2])
	var used uint32
	for i := a[3]; i < uint64(len(e.entries)) && used < size; i++ {
		d := e.entries[i]
		ent := make([]byte, 24+len(d.Name()))
		binary.LittleEndian.PutUint64(ent[0:], i+1)
		var ino uint64
		if st, err := statPath(filepath.Join(e.host, d.Name()), true); err == nil {
			ino = uint64(st[7])
		}
		binary.LittleEndian.PutUint64(ent[8:], ino)
		binary.LittleEndian.PutUint32(ent[16:], uint32(len(d.Name())))
		ent[20] = wasiFiletype(d.Type())
		copy(ent[24:], d.Name())
		k := copy(s.mem(buf+used, min(size-used, uint32(len(ent)))), ent)
		used += uint32(k)
	}
	s.putU32(uint32(a[4]), used)
	return wasiESUCCESS
}

func (s *wasiState) pathCreateDirectory(a []uint64) uint32 {
	p, errno := s.resolve(uint32(a[0]), uint32(a[1]), uint32(a[2]))
	if errno != 0 {
		return errno
	}
	return wasiErrno(os.Mkdir(p, 0o777))
}

func (s *wasiState) pathFilestatGet(a []uint64) uint32 {
	p, errno := s.resolve(uint32(a[0]), uint32(a[2]), uint32(a[3]))
	if errno != 0 {
		return errno
	}
	follow := a[1]&1 != 0 // symlink_follow
	stat := os.Lstat
	if follow {
		stat = os.Stat
	}
	fi, err := stat(p)
	if err != nil {
		return wasiErrno(err)
	}
	st, err := statPath(p, !follow)
	if err != nil {
		return wasiErrno(err)
	}
	s.putFilestat(uint32(a[4]), st, fi.Mode())
	return wasiESUCCESS
}

// pathOpen opens path under a directory fd: oflags creat 1, directory
// 2, excl 4, trunc 8; rights say whether to read and write (fd_read 1<<1,
// fd_write 1<<6); fdflags' append 1.
func (s *wasiState) pathOpen(a []uint64) uint32 {
	p, errno := s.resolve(uint32(a[0]), uint32(a[2]), uint32(a[3]))
	if errno != 0 {
		return errno
	}
	oflags, rights, fdflags := a[4], a[5], uint16(a[7])
	read, write := rights&(1<<1) != 0, rights&(1<<6) != 0
	flag := os.O_RDONLY
	switch {
	case read && write:
		flag = os.O_RDWR
	case write:
		flag = os.O_WRONLY
	}
	if oflags&1 != 0 {
		flag |= os.O_CREATE
	}
	if oflags&4 != 0 {
		flag |= os.O_EXCL
	}
	if oflags&8 != 0 {
		flag |= os.O_TRUNC
	}
	if oflags&2 != 0 {
		fi, err := os.Stat(p)
		if err != nil {
			return wasiErrno(err)
		}
		if !fi.IsDir() {
			return wasiENOTDIR
		}
		flag = os.O_RDONLY
	}
	f, err := os.OpenFile(p, flag, 0o666)
	if err != nil {
		return wasiErrno(err)
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return wasiErrno(err)
	}
	fd := s.next
	s.next++
	s.fds[fd] = &wasiFD{f: f, host: p, isDir: fi.IsDir(), flags: fdflags & 1}
	s.putU32(uint32(a[8]), fd)
	return wasiESUCCESS
}

func (s *wasiState) pathRemoveDirectory(a []uint64) uint32 {
	p, errno := s.resolve(uint32(a[0]), uint32(a[1]), uint32(a[2]))
	if errno != 0 {
		return errno
	}
	fi, err := os.Lstat(p)
	if err != nil {
		return wasiErrno(err)
	}
	if !fi.IsDir() {
		return wasiENOTDIR
	}
	return wasiErrno(os.Remove(p))
}

func (s *wasiState) pathUnlinkFile(a []uint64) uint32 {
	p, errno := s.resolve(uint32(a[0]), uint32(a[1]), uint32(a[2]))
	if errno != 0 {
		return errno
	}
	fi, err := os.Lstat(p)
	if err != nil {
		return wasiErrno(err)
	}
	if fi.IsDir() {
		return wasiEISDIR
	}
	return wasiErrno(os.Remove(p))
}

func (s *wasiState) pathRename(a []uint64) uint32 {
	from, errno := s.resolve(uint32(a[0]), uint32(a[1]), uint32(a[2]))
	if errno != 0 {
		return errno
	}
	to, errno := s.resolve(uint32(a[3]), uint32(a[4]), uint32(a[5]))
	if errno != 0 {
		return errno
	}
	return wasiErrno(os.Rename(from, to))
}

func (s *wasiState) randomGet(a []uint64) uint32 {
	_, err := rand.Read(s.mem(uint32(a[0]), uint32(a[1])))
	return wasiErrno(err)
}

// pollOneoff waits for the earliest clock subscription (48 bytes each:
// userdata, tag u8 at 8; for a clock its id u32 at 16, timeout u64 at 24,
// flags u16 at 40 with abstime 1) and reports every clock that has then
// expired; fd subscriptions are reported ready at once. Events are 32
// bytes: userdata, error u16 at 8, type u8 at 10.
func (s *wasiState) pollOneoff(a []uint64) uint32 {
	in, out, n := uint32(a[0]), uint32(a[1]), uint32(a[2])
	if n == 0 {
		return wasiEINVAL
	}
	now := func(id uint32) int64 {
		if id == 0 {
			return time.Now().UnixNano()
		}
		return time.Since(s.start).Nanoseconds()
	}
	type sub struct {
		userdata uint64
		tag      uint8
		deadline int64
		id       uint32
	}
	subs := make([]sub, n)
	wait := int64(-1)
	for i := range n {
		p := in + 48*i
		sb := sub{userdata: s.u64(p), tag: s.mem(p+8, 1)[0]}
		if sb.tag == 0 {
			sb.id = s.u32(p + 16)
			timeout := int64(s.u64(p + 24))
			flags := binary.LittleEndian.Uint16(s.mem(p+40, 2))
			sb.deadline = now(sb.id) + timeout
			if flags&1 != 0 {
				sb.deadline = timeout
			}
			if d := sb.deadline - now(sb.id); wait < 0 || d < wait {
				wait = max(d, 0)
			}
		} else {
			wait = 0
		}
		subs[i] = sb
	}
	if wait > 0 {
		time.Sleep(time.Duration(wait))
	}
	var events uint32
	for _, sb := range subs {
		if sb.tag == 0 && now(sb.id) < sb.deadline {
			continue
		}
		b := s.mem(out+32*events, 32)
		clear(b)
		binary.LittleEndian.PutUint64(b, sb.userdata)
		b[10] = sb.tag
		events++
	}
	s.putU32(uint32(a[3]), events)
	return wasiESUCCESS
}
