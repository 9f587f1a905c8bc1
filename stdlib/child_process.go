package stdlib

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/kilnjs/kiln/loop"
	"github.com/kilnjs/kiln/vm"
)

// The child_process module's Go half. lib/child_process.js validates and
// normalises the arguments (shell, argv0, env pairs, stdio) and builds
// ChildProcess, its streams and the exec family; the bindings here start
// processes.
//
// spawnSync runs a process to completion on the calling goroutine, as
// Node's does (the loop is blocked meanwhile). spawn starts one and
// reports through the loop: its pipes are loop.Streams read in the poll
// phase, and a goroutine waits for the exit and posts it. A started
// prepare hook stands for the running process, since a waiting goroutine
// alone does not keep the loop alive; ref and unref act on that hook as
// they act on libuv's process handle.

// spawnOptions are the normalised options both bindings receive.
type spawnOptions struct {
	file     string
	args     []string // argv, argv0 first
	cwd      string
	env      []string
	stdio    [3]stdioSpec
	detached bool
	uid, gid int // -1 when not given
	ipc      int // the child's fd for the IPC channel, -1 for none
}

// stdioSpec is one of the child's first three fds: a pipe to the parent,
// nothing (/dev/null), or one of the parent's own fds (its stdio, or a
// file it opened).
type stdioSpec struct {
	kind string // "pipe", "ignore" or "inherit"
	fd   int    // for inherit
}

func (n *Node) readSpawnOptions(o vm.Value) spawnOptions {
	rt := n.VM
	strs := func(v vm.Value) []string {
		vals := rt.ArrayValues(v)
		ss := make([]string, len(vals))
		for i, x := range vals {
			ss[i] = rt.ToGoString(x)
		}
		return ss
	}
	so := spawnOptions{
		file: rt.ToGoString(rt.GetS(o, "file")),
		args: strs(rt.GetS(o, "args")),
		env:  strs(rt.GetS(o, "envPairs")),
		uid:  -1,
		gid:  -1,
		ipc:  -1,
	}
	if v := rt.GetS(o, "ipc"); v != vm.Undefined {
		so.ipc = int(rt.ToNumber(v))
	}
	if so.env == nil {
		so.env = []string{}
	}
	if cwd := rt.GetS(o, "cwd"); cwd.IsString() {
		so.cwd = rt.GoString(cwd)
	}
	so.detached = rt.ToBoolean(rt.GetS(o, "detached"))
	if v := rt.GetS(o, "uid"); v != vm.Undefined {
		so.uid = int(rt.ToNumber(v))
	}
	if v := rt.GetS(o, "gid"); v != vm.Undefined {
		so.gid = int(rt.ToNumber(v))
	}
	for i, v := range rt.ArrayValues(rt.GetS(o, "stdio")) {
		if i >= len(so.stdio) {
			break
		}
		if v.IsString() {
			so.stdio[i] = stdioSpec{kind: rt.GoString(v)}
		} else {
			so.stdio[i] = stdioSpec{kind: "inherit", fd: int(rt.ToNumber(v))}
		}
	}
	return so
}

// command makes the exec.Cmd for so, finding the program as execvp does
// but in the child's PATH, which is what libuv searches.
func (so *spawnOptions) command() (*exec.Cmd, error) {
	path, err := lookPath(so.file, so.env)
	if err != nil {
		return nil, err
	}
	cmd := &exec.Cmd{Path: path, Args: so.args, Env: so.env, Dir: so.cwd}
	cmd.SysProcAttr = sysProcAttr(so.detached, so.uid, so.gid)
	return cmd, nil
}

// defaultPath is the search path execvp uses when the environment has none.
const defaultPath = "/usr/bin:/bin"

func lookPath(file string, env []string) (string, error) {
	if strings.ContainsRune(file, '/') {
		return file, nil
	}
	search := defaultPath
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "PATH="); ok {
			search = v
		}
	}
	// As execvp, a file found but not executable is remembered and
	// reported only when no later directory has an executable one.
	notFound := error(syscall.ENOENT)
	for _, dir := range filepath.SplitList(search) {
		if dir == "" {
			dir = "."
		}
		p := filepath.Join(dir, file)
		st, err := os.Stat(p)
		if err != nil || st.IsDir() {
			continue
		}
		if st.Mode()&0o111 == 0 {
			notFound = syscall.EACCES
			continue
		}
		if !strings.ContainsRune(p, '/') {
			p = "./" + p
		}
		return p, nil
	}
	return "", notFound
}

// spawnErrno names a failed spawn's error as libuv does: [errno, code].
func (n *Node) spawnErrno(err error) vm.Value {
	code, errno := "", 0
	switch {
	case errors.Is(err, syscall.ETIMEDOUT):
		code, errno = "ETIMEDOUT", -int(syscall.ETIMEDOUT)
	case errors.Is(err, syscall.ENOBUFS):
		code, errno = "ENOBUFS", -int(syscall.ENOBUFS)
	case errors.Is(err, os.ErrProcessDone):
		code, errno = "ESRCH", -int(syscall.ESRCH)
	default:
		var pe *fs.PathError
		if errors.As(err, &pe) && pe.Op == "fork/exec" {
			err = pe.Err
		}
		u := uvErrorOf(err)
		code, errno = u.code, u.errno
	}
	return n.VM.NewArray([]vm.Value{vm.Int(errno), n.VM.NewString(code)})
}

// exitStatus gives the exit code and, for a process a signal ended, the
// signal number (exit code -1 then).
func exitStatus(ps *os.ProcessState) (code, sig int) {
	if ws, ok := ps.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return -1, int(ws.Signal())
	}
	return ps.ExitCode(), 0
}

// cappedBuffer collects a pipe's output; past max bytes it stops
// collecting and calls over once, as Node's maxBuffer check does.
type cappedBuffer struct {
	buf  bytes.Buffer
	max  float64
	over func()
	full bool
}

func (c *cappedBuffer) Write(p []byte) (int, error) {
	if c.full {
		return len(p), nil
	}
	c.buf.Write(p)
	if float64(c.buf.Len()) > c.max {
		c.full = true
		c.over()
	}
	return len(p), nil
}

// fillSpawnSync is lib/internal/spawn_sync.js's binding: the object
// process.binding('spawn_sync') gives, which spawnSync runs through.
func fillSpawnSync(n *Node, b vm.Value) {
	n.VM.DefineMethod(b, "spawnSync", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return n.spawnSync(vm.Arg(args, 0))
	})
}

func fillChildProcess(n *Node, b vm.Value) {
	rt := n.VM
	rt.DefineMethod(b, "spawn", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return n.spawnAsync(vm.Arg(args, 0), vm.Arg(args, 1))
	})
	// throwSync(err) throws a synchronous function's error from node's line.
	rt.DefineMethod(b, "throwSync", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		n.throwChildSync(vm.Arg(args, 0))
		return vm.Undefined
	})
	// openChannel(fd) takes the channel fd a parent passed (NODE_CHANNEL_FD)
	// as a pipe handle, or returns null if it is not one the loop can poll.
	rt.DefineMethod(b, "openChannel", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		s, err := n.Loop.NewStream(int(rt.ToNumber(vm.Arg(args, 0))))
		if err != nil {
			return vm.Null
		}
		return n.pipeHandle(s)
	})
}

// startChannel opens the IPC channel a parent passed in NODE_CHANNEL_FD
// before the main program runs, as node does at start-up, so that
// process.send is there from the first line. Only then does it make the
// process object and load child_process, which a program that was not
// forked need not pay for. A worker's environment is a copy of its
// parent's, and the channel is the main thread's alone.
func (n *Node) startChannel() {
	if n.opts.worker != nil {
		return
	}
	env := n.opts.Env
	if env == nil {
		env = os.Environ()
	}
	fd, mode := -1, "json"
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "NODE_CHANNEL_FD="); ok {
			if i, err := strconv.Atoi(v); err == nil {
				fd = i
			}
		} else if v, ok := strings.CutPrefix(kv, "NODE_CHANNEL_SERIALIZATION_MODE="); ok && v != "" {
			mode = v
		}
	}
	if fd >= 0 {
		// As node's bootstrap: _forkChild(fd, serializationMode).
		n.proc()
		cp := n.lib("child_process")
		n.VM.Call(n.VM.GetS(cp, "_forkChild"), cp, vm.Int(fd), n.VM.NewString(mode))
	}
}

// spawnSync(options) runs the process to its end and returns
// {pid, status, signal, output: [null, stdout, stderr], error}, the
// outputs as Uint8Arrays (null for fds that are not pipes), signal as a
// number (0 for none) and error as [errno, code] when something failed.
func (n *Node) spawnSync(o vm.Value) vm.Value {
	rt := n.VM
	so := n.readSpawnOptions(o)
	var input []byte
	if in, ok := rt.BufferBytes(rt.GetS(o, "input")); ok {
		input = bytes.Clone(in)
	}
	timeout := rt.ToNumber(rt.GetS(o, "timeout"))
	maxBuffer := rt.ToNumber(rt.GetS(o, "maxBuffer"))
	if math.IsNaN(maxBuffer) {
		maxBuffer = math.Inf(1)
	}
	killSignal := syscall.Signal(int(rt.ToNumber(rt.GetS(o, "killSignal"))))

	res := rt.NewObject()
	fail := func(err error) vm.Value {
		rt.CreateDataProperty(res, "error", n.spawnErrno(err))
		rt.CreateDataProperty(res, "pid", vm.Int(0))
		return res
	}
	cmd, err := so.command()
	if err != nil {
		return fail(err)
	}

	// The pipes are the parent's own rather than os/exec's, so that a kill
	// can also close them: as in Node, a timed-out or over-full child's
	// result does not wait for grandchildren that still hold its output.
	var mu sync.Mutex
	var killErr error
	var parentEnds, childEnds []*os.File
	kill := func(reason error) {
		mu.Lock()
		defer mu.Unlock()
		if killErr == nil {
			killErr = reason
			_ = cmd.Process.Signal(killSignal)
			for _, f := range parentEnds {
				f.Close()
			}
		}
	}
	defer func() {
		for _, f := range append(parentEnds, childEnds...) {
			f.Close()
		}
	}()
	var outs [3]*cappedBuffer
	var readers sync.WaitGroup
	var start []func()
	for i, s := range so.stdio {
		switch s.kind {
		case "pipe":
			pr, pw, err := os.Pipe()
			if err != nil {
				return fail(err)
			}
			if i == 0 {
				cmd.Stdin = pr
				parentEnds, childEnds = append(parentEnds, pw), append(childEnds, pr)
				// A write the child never reads ends with EPIPE at its exit,
				// or with the close after Wait.
				start = append(start, func() {
					go func() {
						_, _ = pw.Write(input)
						pw.Close()
					}()
				})
				continue
			}
			c := &cappedBuffer{max: maxBuffer, over: func() { kill(syscall.ENOBUFS) }}
			outs[i] = c
			if i == 1 {
				cmd.Stdout = pw
			} else {
				cmd.Stderr = pw
			}
			parentEnds, childEnds = append(parentEnds, pr), append(childEnds, pw)
			readers.Add(1)
			start = append(start, func() {
				go func() {
					defer readers.Done()
					// A read error is the close by kill; what came before it stays.
					_, _ = io.Copy(c, pr)
				}()
			})
		case "inherit":
			f, err := n.inheritSync(cmd, i, s.fd)
			if err != nil {
				return fail(err)
			}
			if f != nil {
				childEnds = append(childEnds, f)
			}
		}
	}
	if err := cmd.Start(); err != nil {
		return fail(err)
	}
	for _, f := range childEnds {
		f.Close()
	}
	childEnds = nil
	for _, f := range start {
		f()
	}
	if timeout > 0 {
		t := time.AfterFunc(time.Duration(timeout*float64(time.Millisecond)), func() { kill(syscall.ETIMEDOUT) })
		defer t.Stop()
	}
	// The exit status is in ProcessState whatever Wait reports.
	_ = cmd.Wait()
	readers.Wait()
	mu.Lock()
	reason := killErr
	killErr = io.EOF // nothing to kill any more
	mu.Unlock()

	if reason != nil {
		rt.CreateDataProperty(res, "error", n.spawnErrno(reason))
	}
	rt.CreateDataProperty(res, "pid", vm.Int(cmd.Process.Pid))
	code, sig := exitStatus(cmd.ProcessState)
	if sig != 0 {
		rt.CreateDataProperty(res, "status", vm.Null)
	} else {
		rt.CreateDataProperty(res, "status", vm.Int(code))
	}
	rt.CreateDataProperty(res, "signal", vm.Int(sig))
	output := []vm.Value{vm.Null, vm.Null, vm.Null}
	for i, c := range outs {
		if c != nil {
			output[i] = rt.NewUint8Array(c.buf.Bytes())
		}
	}
	rt.CreateDataProperty(res, "output", rt.NewArray(output))
	return res
}

// inheritSync gives the child the parent's fd. Node's own stdout and
// stderr may be any io.Writer (a test's buffer), which os/exec copies to.
// Another fd (a file the program opened) goes as a copy, returned for the
// caller to close once the child has started.
func (n *Node) inheritSync(cmd *exec.Cmd, i, fd int) (dup *os.File, err error) {
	var f any
	switch fd {
	case 0:
		f = os.Stdin
	case 1:
		f = n.opts.Stdout
	case 2:
		f = n.opts.Stderr
	default:
		if dup, err = dupFd(fd); err != nil {
			return nil, err
		}
		setChildFile(cmd, i, dup)
		return dup, nil
	}
	switch i {
	case 0:
		cmd.Stdin, _ = f.(io.Reader)
	case 1:
		cmd.Stdout, _ = f.(io.Writer)
	case 2:
		cmd.Stderr, _ = f.(io.Writer)
	}
	return nil, nil
}

// spawnAsync(options, handle) starts the process and returns
// {pid, stdio: [handle or null ×3], kill(sig), ref(), unref()}, or
// [errno, code] if it could not start. The pipes' handles are lib/net.js's
// that options.handles gives for them: each becomes a stream of net's
// table, so that lib/child_process.js makes net.Sockets of them, as node's
// pipes to a child are. When the process ends,
// handle.onexit(exitCode, signal) runs on the loop.
func (n *Node) spawnAsync(o, handle vm.Value) vm.Value {
	rt := n.VM
	so := n.readSpawnOptions(o)
	cmd, err := so.command()
	if err != nil {
		return n.spawnErrno(err)
	}
	// The child's ends close once it has them; the parent's become
	// loop streams, or are closed if the spawn fails.
	var childEnds []*os.File
	var parentEnds [3]int
	closeAll := func() {
		for _, f := range childEnds {
			f.Close()
		}
	}
	fail := func(err error) vm.Value {
		closeAll()
		for _, fd := range parentEnds {
			if fd > 0 {
				closeFd(fd)
			}
		}
		return n.spawnErrno(err)
	}
	// forward lists the pipes that stand in for an inherited stdout or
	// stderr that is not a file: their output is copied to it on the loop.
	var forward [3]io.Writer
	for i, s := range so.stdio {
		var child *os.File
		switch s.kind {
		case "pipe":
			pr, pw, err := newPipe(i == 0)
			if err != nil {
				return fail(err)
			}
			parentEnds[i], child = pr, pw
		case "inherit":
			var w any
			switch s.fd {
			case 0:
				w = os.Stdin
			case 1:
				w = n.opts.Stdout
			case 2:
				w = n.opts.Stderr
			default:
				f, err := dupFd(s.fd)
				if err != nil {
					return fail(err)
				}
				childEnds = append(childEnds, f)
				setChildFile(cmd, i, f)
				continue
			}
			if f, ok := w.(*os.File); ok {
				child = f
				break
			}
			if ww, ok := w.(io.Writer); ok && i > 0 {
				pr, pw, err := newPipe(false)
				if err != nil {
					return fail(err)
				}
				parentEnds[i], child = pr, pw
				forward[i] = ww
			}
		}
		if child == nil {
			continue
		}
		if s.kind != "inherit" || forward[i] != nil {
			childEnds = append(childEnds, child)
		}
		setChildFile(cmd, i, child)
	}
	// The channel's child end goes where 'ipc' stood in stdio, which is
	// the fd number its NODE_CHANNEL_FD names.
	ipcFd := -1
	if so.ipc >= 0 {
		fd, child, err := newChannel()
		if err != nil {
			return fail(err)
		}
		ipcFd = fd
		childEnds = append(childEnds, child)
		setChildFile(cmd, so.ipc, child)
	}
	if err := cmd.Start(); err != nil {
		if ipcFd >= 0 {
			closeFd(ipcFd)
		}
		return fail(err)
	}
	closeAll()

	l := n.Loop
	alive := l.NewPrepare(func() {})
	alive.Start()
	pin := rt.Pin(handle)
	proc := cmd.Process
	// onexit waits for the exit and for the forwarded output, so that what
	// the child wrote to an inherited stdout comes before what the parent
	// writes on 'exit', as it does when both share one file.
	waiting := 1
	var code, sig int
	finish := func() {
		if waiting--; waiting > 0 {
			return
		}
		alive.Close(nil)
		h := rt.Pinned(pin)
		rt.Unpin(pin)
		if exc := rt.Try(func() {
			rt.Call(rt.GetS(h, "onexit"), h, vm.Int(code), vm.Int(sig))
		}); exc != nil {
			n.uncaught(exc)
		}
	}
	go func() {
		_ = cmd.Wait()
		c, s := exitStatus(cmd.ProcessState)
		// Fails only once the loop is closed, when nobody is listening.
		_ = l.Post(func() {
			code, sig = c, s
			finish()
		})
	}()

	res := rt.NewObject()
	rt.CreateDataProperty(res, "pid", vm.Int(proc.Pid))
	stdio := []vm.Value{vm.Null, vm.Null, vm.Null}
	handles := rt.ArrayValues(rt.GetS(o, "handles"))
	for i, fd := range parentEnds {
		if fd <= 0 {
			continue
		}
		s, err := l.NewStream(fd)
		if err != nil {
			closeFd(fd)
			continue
		}
		if forward[i] != nil {
			w := forward[i]
			waiting++
			_ = s.ReadStart(func(data []byte, err error) {
				if err != nil {
					s.Close(nil)
					finish()
					return
				}
				_, _ = w.Write(data)
			})
			continue
		}
		if i >= len(handles) || !handles[i].IsObject() {
			s.Close(nil)
			continue
		}
		n.netStreams().track(rt, s, handles[i])
		stdio[i] = handles[i]
	}
	rt.CreateDataProperty(res, "stdio", rt.NewArray(stdio))
	if ipcFd >= 0 {
		if s, err := l.NewStream(ipcFd); err == nil {
			rt.CreateDataProperty(res, "ipc", n.pipeHandle(s))
		} else {
			closeFd(ipcFd)
		}
	}
	rt.DefineMethod(res, "kill", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if err := proc.Signal(syscall.Signal(int(rt.ToNumber(vm.Arg(args, 0))))); err != nil {
			return n.spawnErrno(err)
		}
		return vm.Int(0)
	})
	rt.DefineMethod(res, "ref", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		alive.Ref()
		return vm.Undefined
	})
	rt.DefineMethod(res, "unref", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		alive.Unref()
		return vm.Undefined
	})
	return res
}

// pipeHandle wraps the parent's end of a pipe for lib/child_process.js:
// readStart() delivers chunks to handle.onread(chunk), then
// onread(null) at the end or onread(undefined, [errno, code]) on failure;
// write(bytes, cb) calls cb(null or [errno, code]); close() closes the fd.
// The handle stays pinned while its stream is open, because the stream's
// callbacks call it.
func (n *Node) pipeHandle(s *loop.Stream) vm.Value {
	rt := n.VM
	h := rt.NewObject()
	pin := rt.Pin(h)
	call := func(fn vm.Value, args ...vm.Value) {
		if exc := rt.Try(func() { rt.Call(fn, rt.Pinned(pin), args...) }); exc != nil {
			n.uncaught(exc)
		}
	}
	rt.DefineMethod(h, "readStart", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		err := s.ReadStart(func(data []byte, err error) {
			onread := rt.GetS(rt.Pinned(pin), "onread")
			switch {
			case err == io.EOF:
				call(onread, vm.Null)
			case err != nil:
				call(onread, vm.Undefined, n.spawnErrno(err))
			default:
				call(onread, rt.NewUint8Array(bytes.Clone(data)))
			}
		})
		if err != nil {
			return n.spawnErrno(err)
		}
		return vm.Undefined
	})
	rt.DefineMethod(h, "readStop", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		_ = s.ReadStop()
		return vm.Undefined
	})
	rt.DefineMethod(h, "write", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		data, _ := rt.BufferBytes(vm.Arg(args, 0))
		cbPin := rt.Pin(vm.Arg(args, 1))
		err := s.Write(bytes.Clone(data), func(err error) {
			cb := rt.Pinned(cbPin)
			rt.Unpin(cbPin)
			if err != nil {
				call(cb, n.spawnErrno(err))
			} else {
				call(cb, vm.Null)
			}
		})
		if err != nil {
			rt.Unpin(cbPin)
			return n.spawnErrno(err)
		}
		return vm.Undefined
	})
	rt.CreateDataProperty(h, "fd", vm.Int(s.Fd()))
	rt.DefineMethod(h, "writeQueueSize", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		return vm.Int(s.WriteQueueSize())
	})
	closed := false
	rt.DefineMethod(h, "close", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		if !closed {
			closed = true
			s.Close(func() { rt.Unpin(pin) })
		}
		return vm.Undefined
	})
	rt.DefineMethod(h, "ref", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		s.Ref()
		return vm.Undefined
	})
	rt.DefineMethod(h, "unref", 0, func(rt *vm.Runtime, _ vm.Value, _ []vm.Value) vm.Value {
		s.Unref()
		return vm.Undefined
	})
	return h
}

// setChildFile makes f the child's file descriptor fd: its standard
// streams, or one of ExtraFiles (which start at 3).
func setChildFile(cmd *exec.Cmd, fd int, f *os.File) {
	switch fd {
	case 0:
		cmd.Stdin = f
	case 1:
		cmd.Stdout = f
	case 2:
		cmd.Stderr = f
	default:
		for len(cmd.ExtraFiles) < fd-2 {
			cmd.ExtraFiles = append(cmd.ExtraFiles, nil)
		}
		cmd.ExtraFiles[fd-3] = f
	}
}
