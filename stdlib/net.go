package stdlib

import (
	"bytes"
	"errors"
	"io"
	"net/netip"
	"syscall"

	"github.com/kilnjs/kiln/loop"
	"github.com/kilnjs/kiln/vm"
)

// The net module's Go half: TCP and Unix-domain listeners and connections
// on the Node's loop. lib/net.js builds net.Socket and net.Server over them.
//
// A handle is a plain JavaScript object made by lib/net.js (or, for an
// accepted connection, here) that the loop's callbacks call into: onread,
// onconnect, onconnection. The binding's methods take the handle's number
// rather than the object, so that no native function is made per
// connection; the number indexes this Node's table of open streams and
// listeners. A handle object stays pinned from its stream's creation until
// its close callback has run, because the loop may call it until then.
//
// Failures come back to JavaScript as [errno, code, description] (libuv's
// negative errno), from which lib/net.js makes Node's exceptions: their
// messages differ by call ("connect ECONNREFUSED 127.0.0.1:1",
// "listen EADDRINUSE: address already in use :::8080").

type netConn struct {
	s   *loop.Stream
	pin vm.Pin
	// given is whether the stream is on a copy of a descriptor given to
	// open, fd, which _handle.fd shows, as node's shows the one it was given.
	given bool
	fd    int
}

type netListener struct {
	ln  *loop.Listener
	pin vm.Pin
}

type netTable struct {
	next  int
	conns map[int]*netConn
	lns   map[int]*netListener
}

// netStreams is this Node's table, made on first use: net's binding
// and child_process's, whose pipes to a child are net.Sockets over it,
// share it.
func (n *Node) netStreams() *netTable {
	if n.net == nil {
		n.net = &netTable{conns: map[int]*netConn{}, lns: map[int]*netListener{}}
	}
	return n.net
}

// track registers a stream under a fresh number on handle h, which stays
// pinned until the stream's close.
func (t *netTable) track(rt *vm.Runtime, s *loop.Stream, h vm.Value) int {
	t.next++
	id := t.next
	t.conns[id] = &netConn{s: s, pin: rt.Pin(h)}
	rt.SetS(h, "id", vm.Int(id))
	return id
}

func fillNet(n *Node, b vm.Value) {
	n.installNetBinding(b, n.netStreams())
}

// netErrno is a failed call as [errno, code, description].
func (n *Node) netErrno(err error) vm.Value {
	rt := n.VM
	errno, code, desc := netErrorOf(err)
	return rt.NewArray([]vm.Value{vm.Int(errno), rt.NewString(code), rt.NewString(desc)})
}

// netErrorOf names a Go error from the loop as libuv would. A closed
// handle is EBADF, as libuv reports a call on a closed uv_stream_t.
func netErrorOf(err error) (int, string, string) {
	if errors.Is(err, loop.ErrClosed) {
		err = syscall.EBADF
	}
	var en syscall.Errno
	if errors.As(err, &en) {
		for _, e := range systemErrors {
			if e.errno == -int(en) {
				return e.errno, e.code, e.desc
			}
		}
	}
	u := uvErrorOf(err)
	return u.errno, u.code, u.desc
}

// netAddr parses a numeric host (lib/net.js resolves names first).
func netAddr(host string, port int) (netip.AddrPort, error) {
	a, err := netip.ParseAddr(host)
	if err != nil {
		return netip.AddrPort{}, syscall.EINVAL
	}
	return netip.AddrPortFrom(a.Unmap(), uint16(port)), nil
}

// addrTriple is an address as [address, family, port], family 4 or 6.
func (n *Node) addrTriple(ap netip.AddrPort, err error) vm.Value {
	rt := n.VM
	if err != nil {
		return n.netErrno(err)
	}
	fam := 4
	if ap.Addr().Is6() {
		fam = 6
	}
	return rt.NewArray([]vm.Value{rt.NewString(ap.Addr().String()), vm.Int(fam), vm.Int(int(ap.Port()))})
}

func (n *Node) installNetBinding(b vm.Value, t *netTable) {
	rt := n.VM
	call := func(h vm.Value, name string, args ...vm.Value) {
		if exc := rt.Try(func() { rt.Call(rt.GetS(h, name), h, args...) }); exc != nil {
			n.uncaught(exc)
		}
	}
	conn := func(args []vm.Value) *netConn {
		return t.conns[int(rt.ToNumber(vm.Arg(args, 0)))]
	}
	track := func(s *loop.Stream, h vm.Value) int { return t.track(rt, s, h) }

	// listenOn registers a listener that listen makes, on handle h.
	listenOn := func(h vm.Value, listen func(onConn func(*loop.Stream, error)) (*loop.Listener, error)) vm.Value {
		t.next++
		id := t.next
		ln, err := listen(func(s *loop.Stream, err error) {
			nl := t.lns[id]
			if nl == nil {
				if s != nil {
					s.Close(nil)
				}
				return
			}
			lh := rt.Pinned(nl.pin)
			if err != nil {
				call(lh, "onconnection", vm.Undefined, n.netErrno(err))
				return
			}
			// The accepted connection's handle is made with the prototype
			// the listener names, since setting it afterwards would cost
			// the runtime its cached property additions.
			proto := rt.GetS(lh, "clientProto")
			ch := rt.NewObject()
			if proto.IsObject() {
				ch = rt.NewObjectProto(proto)
			}
			track(s, ch)
			call(lh, "onconnection", ch)
		})
		if err != nil {
			return n.netErrno(err)
		}
		t.lns[id] = &netListener{ln: ln, pin: rt.Pin(h)}
		return vm.Int(id)
	}
	// listen(handle, host, port, backlog, reusePort) listens on TCP;
	// reusePort is for a cluster's workers, which share the port.
	rt.DefineMethod(b, "listen", 5, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		addr, err := netAddr(rt.ToGoString(vm.Arg(args, 1)), int(rt.ToNumber(vm.Arg(args, 2))))
		if err != nil {
			return n.netErrno(err)
		}
		cfg := loop.ListenConfig{Backlog: int(rt.ToNumber(vm.Arg(args, 3))), ReusePort: rt.ToBoolean(vm.Arg(args, 4))}
		return listenOn(vm.Arg(args, 0), func(onConn func(*loop.Stream, error)) (*loop.Listener, error) {
			return n.Loop.Listen(addr, cfg, onConn)
		})
	})
	// listenPipe(handle, path, backlog) listens on a Unix-domain socket.
	rt.DefineMethod(b, "listenPipe", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		path := rt.ToGoString(vm.Arg(args, 1))
		cfg := loop.ListenConfig{Backlog: int(rt.ToNumber(vm.Arg(args, 2)))}
		return listenOn(vm.Arg(args, 0), func(onConn func(*loop.Stream, error)) (*loop.Listener, error) {
			return n.Loop.ListenUnix(path, cfg, onConn)
		})
	})
	listener := func(args []vm.Value) *netListener {
		return t.lns[int(rt.ToNumber(vm.Arg(args, 0)))]
	}
	rt.DefineMethod(b, "listenerAddress", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		nl := listener(args)
		if nl == nil {
			return n.netErrno(loop.ErrClosed)
		}
		return n.addrTriple(nl.ln.Addr())
	})
	rt.DefineMethod(b, "closeListener", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		id := int(rt.ToNumber(vm.Arg(args, 0)))
		nl := t.lns[id]
		if nl == nil {
			return vm.Undefined
		}
		delete(t.lns, id)
		cb := rt.Pin(vm.Arg(args, 1))
		nl.ln.Close(func() {
			fn := rt.Pinned(cb)
			rt.Unpin(cb)
			rt.Unpin(nl.pin)
			if exc := rt.Try(func() { rt.Call(fn, vm.Undefined) }); exc != nil {
				n.uncaught(exc)
			}
		})
		return vm.Undefined
	})
	rt.DefineMethod(b, "refListener", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if nl := listener(args); nl != nil {
			if rt.ToBoolean(vm.Arg(args, 1)) {
				nl.ln.Ref()
			} else {
				nl.ln.Unref()
			}
		}
		return vm.Undefined
	})

	// connectWith starts the connect that connect makes, on handle h.
	connectWith := func(h vm.Value, connect func(cb func(error)) (*loop.Stream, error)) vm.Value {
		var id int
		s, err := connect(func(err error) {
			c := t.conns[id]
			if c == nil || errors.Is(err, syscall.ECANCELED) {
				return
			}
			res := vm.Null
			if err != nil {
				res = n.netErrno(err)
			}
			call(rt.Pinned(c.pin), "onconnect", res)
		})
		if err != nil {
			return n.netErrno(err)
		}
		id = track(s, h)
		return vm.Int(id)
	}
	rt.DefineMethod(b, "connect", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		addr, err := netAddr(rt.ToGoString(vm.Arg(args, 1)), int(rt.ToNumber(vm.Arg(args, 2))))
		if err != nil {
			return n.netErrno(err)
		}
		return connectWith(vm.Arg(args, 0), func(cb func(error)) (*loop.Stream, error) { return n.Loop.Connect(addr, cb) })
	})
	// connectPipe(handle, path) connects to a Unix-domain socket.
	rt.DefineMethod(b, "connectPipe", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		path := rt.ToGoString(vm.Arg(args, 1))
		return connectWith(vm.Arg(args, 0), func(cb func(error)) (*loop.Stream, error) { return n.Loop.ConnectUnix(path, cb) })
	})
	// open(handle, fd) makes a stream on a pipe or socket the process was
	// given (net.Socket({ fd }), process.stdout on a pipe), over a copy of
	// fd: destroying the socket closes the copy, and fd stays the process's.
	openWith := func(args []vm.Value, own func(int) (int, error)) vm.Value {
		fd := int(rt.ToNumber(vm.Arg(args, 1)))
		sfd, err := own(fd)
		if err != nil {
			return n.netErrno(err)
		}
		s, err := n.Loop.NewStream(sfd)
		if err != nil {
			closeFd(sfd)
			return n.netErrno(err)
		}
		id := track(s, vm.Arg(args, 0))
		t.conns[id].given, t.conns[id].fd = true, fd
		return vm.Int(id)
	}
	rt.DefineMethod(b, "open", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return openWith(args, dupStreamFd)
	})
	// openTTY(handle, fd) makes a stream on the terminal on fd (a
	// tty.WriteStream's), opened again (see reopenTTY); its _handle.fd is
	// that new descriptor, as node's.
	rt.DefineMethod(b, "openTTY", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		res := openWith(args, reopenTTY)
		if c := conn([]vm.Value{res}); c != nil {
			c.given = false
		}
		return res
	})
	rt.DefineMethod(b, "guessHandleType", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		return rt.NewString(guessHandleType(int(rt.ToNumber(vm.Arg(args, 0)))))
	})
	// setBlocking(id, blocking): writes that wait until the kernel takes
	// them all, as libuv's uv_stream_set_blocking.
	rt.DefineMethod(b, "setBlocking", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		c := conn(args)
		if c == nil {
			return n.netErrno(loop.ErrClosed)
		}
		if err := setBlocking(c.s.Fd(), rt.ToBoolean(vm.Arg(args, 1))); err != nil {
			return n.netErrno(err)
		}
		return vm.Undefined
	})
	rt.DefineMethod(b, "readStart", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		c := conn(args)
		if c == nil {
			return n.netErrno(loop.ErrClosed)
		}
		err := c.s.ReadStart(func(data []byte, err error) {
			h := rt.Pinned(c.pin)
			switch {
			case err == io.EOF:
				call(h, "onread", vm.Null)
			case err != nil:
				call(h, "onread", vm.Undefined, n.netErrno(err))
			default:
				call(h, "onread", rt.NewArrayBuffer(bytes.Clone(data)))
			}
		})
		if err != nil {
			return n.netErrno(err)
		}
		return vm.Undefined
	})
	rt.DefineMethod(b, "readStop", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if c := conn(args); c != nil {
			_ = c.s.ReadStop()
		}
		return vm.Undefined
	})
	// write takes bytes, or a string it sends as UTF-8, which spares
	// lib/net.js a Buffer for the common case of text, or an array of
	// those (a socket's _writev), joined into one write. It returns the
	// byte count, or -count-1 when the write is already complete.
	rt.DefineMethod(b, "write", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		c := conn(args)
		if c == nil {
			return n.netErrno(loop.ErrClosed)
		}
		// The fourth argument marks Latin-1 text: true for a single
		// string, or for an array the entries at the same places.
		var data []byte
		latin1 := vm.Arg(args, 3)
		if d := vm.Arg(args, 1); rt.IsArray(d) {
			var marks []vm.Value
			if rt.IsArray(latin1) {
				marks = rt.ArrayValues(latin1)
			}
			for i, v := range rt.ArrayValues(d) {
				data = appendWriteData(rt, data, v, i < len(marks) && marks[i] == vm.True)
			}
		} else {
			data = appendWriteData(rt, nil, d, latin1 == vm.True)
		}
		cbPin := rt.Pin(vm.Arg(args, 2))
		took := false
		err := c.s.Write(data, func(err error) {
			if took && err == nil {
				// Nothing to report: the callback would do nothing.
				rt.Unpin(cbPin)
				return
			}
			res := vm.Null
			if err != nil {
				res = n.netErrno(err)
			}
			n.callPinned(cbPin, res)
		})
		if err != nil {
			rt.Unpin(cbPin)
			return n.netErrno(err)
		}
		if c.s.WriteQueueSize() == 0 {
			// The kernel took it all: lib/net.js finishes the write now and
			// the callback only reports a failure found on the way, so it
			// is not called without one.
			took = true
			return vm.Int(-len(data) - 1)
		}
		return vm.Int(len(data))
	})
	rt.DefineMethod(b, "writeQueueSize", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if c := conn(args); c != nil {
			return vm.Int(c.s.WriteQueueSize())
		}
		return vm.Int(0)
	})
	rt.DefineMethod(b, "shutdown", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		c := conn(args)
		if c == nil {
			return n.netErrno(loop.ErrClosed)
		}
		cbPin := rt.Pin(vm.Arg(args, 1))
		err := c.s.Shutdown(func(err error) {
			res := vm.Null
			if err != nil && !errors.Is(err, syscall.ENOTCONN) {
				res = n.netErrno(err)
			}
			n.callPinned(cbPin, res)
		})
		if err != nil {
			rt.Unpin(cbPin)
			return n.netErrno(err)
		}
		return vm.Undefined
	})
	rt.DefineMethod(b, "close", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		id := int(rt.ToNumber(vm.Arg(args, 0)))
		c := t.conns[id]
		if c == nil {
			return vm.Undefined
		}
		delete(t.conns, id)
		cbPin := rt.Pin(vm.Arg(args, 1))
		c.s.Close(func() {
			rt.Unpin(c.pin)
			n.callPinned(cbPin)
		})
		return vm.Undefined
	})
	rt.DefineMethod(b, "ref", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if c := conn(args); c != nil {
			if rt.ToBoolean(vm.Arg(args, 1)) {
				c.s.Ref()
			} else {
				c.s.Unref()
			}
		}
		return vm.Undefined
	})
	// fd(id) is the stream's file descriptor, -1 once it is closed.
	rt.DefineMethod(b, "fd", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if c := conn(args); c != nil {
			if c.given && c.s.Fd() >= 0 {
				return vm.Int(c.fd)
			}
			return vm.Int(c.s.Fd())
		}
		return vm.Int(-1)
	})
	rt.DefineMethod(b, "setNoDelay", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if c := conn(args); c != nil {
			_ = c.s.SetNoDelay(rt.ToBoolean(vm.Arg(args, 1)))
		}
		return vm.Undefined
	})
	rt.DefineMethod(b, "localAddress", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		c := conn(args)
		if c == nil {
			return n.netErrno(loop.ErrClosed)
		}
		return n.addrTriple(c.s.LocalAddr())
	})
	rt.DefineMethod(b, "remoteAddress", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		c := conn(args)
		if c == nil {
			return n.netErrno(loop.ErrClosed)
		}
		return n.addrTriple(c.s.RemoteAddr())
	})
}

// appendWriteData appends a chunk of binding.write's data to buf: a
// string's UTF-8 bytes (or Latin-1 bytes, as Buffer.from(s, 'latin1'), when
// latin1 is set) or a buffer's bytes, copied, since the loop may keep them
// queued after the call.
func appendWriteData(rt *vm.Runtime, buf []byte, v vm.Value, latin1 bool) []byte {
	if v.IsString() {
		s := rt.ToGoString(v)
		if latin1 && !isASCII(s) {
			return append(buf, encodeString(s, "latin1")...)
		}
		return append(buf, s...)
	}
	raw, _ := rt.BufferBytes(v)
	return append(buf, raw...)
}
