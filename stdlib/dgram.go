package stdlib

import (
	"bytes"
	"net/netip"
	"syscall"

	"github.com/kilnjs/kiln/loop"
	"github.com/kilnjs/kiln/vm"
)

// The dgram module's Go half: UDP sockets on the Node's loop. lib/dgram.js
// builds dgram.Socket over them, the way lib/net.js builds net.Socket over
// stdlib/net.go, with the same conventions: a handle is a plain object the
// loop calls back (onmessage), the binding's methods take its number, the
// object stays pinned until its close callback has run, and a failure comes
// back as [errno, code, description] for lib/dgram.js to word as node does.
//
// lib/dgram.js resolves host names before it gets here; addresses are
// numeric.

type dgramSocket struct {
	u   *loop.UDP
	pin vm.Pin
}

func fillDgram(n *Node, b vm.Value) {
	rt := n.VM
	next := 0
	socks := map[int]*dgramSocket{}
	sock := func(args []vm.Value) *dgramSocket {
		return socks[int(rt.ToNumber(vm.Arg(args, 0)))]
	}
	// errnoOr is the binding's answer to a call that returns only an error.
	errnoOr := func(err error) vm.Value {
		if err != nil {
			return n.netErrno(err)
		}
		return vm.Undefined
	}
	// closed answers a call on a closed socket: EBADF, as libuv reports a
	// call on a closed uv_udp_t.
	closed := func() vm.Value { return n.netErrno(loop.ErrClosed) }

	// create(handle) makes a socket handle, without a socket until bind,
	// and returns its number.
	rt.DefineMethod(b, "create", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		u, err := n.Loop.NewUDP()
		if err != nil {
			return n.netErrno(err)
		}
		next++
		socks[next] = &dgramSocket{u: u, pin: rt.Pin(vm.Arg(args, 0))}
		return vm.Int(next)
	})
	// bind(id, address, port, reuseAddr, ipv6Only).
	rt.DefineMethod(b, "bind", 5, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		s := sock(args)
		if s == nil {
			return closed()
		}
		addr, err := netAddr(rt.ToGoString(vm.Arg(args, 1)), int(rt.ToNumber(vm.Arg(args, 2))))
		if err != nil {
			return n.netErrno(err)
		}
		return errnoOr(s.u.Bind(addr, loop.UDPConfig{
			ReuseAddr: rt.ToBoolean(vm.Arg(args, 3)),
			IPv6Only:  rt.ToBoolean(vm.Arg(args, 4)),
		}))
	})
	rt.DefineMethod(b, "recvStart", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		s := sock(args)
		if s == nil {
			return closed()
		}
		return errnoOr(s.u.RecvStart(func(data []byte, from netip.AddrPort, err error) {
			h := rt.Pinned(s.pin)
			var cbArgs []vm.Value
			if err != nil {
				cbArgs = []vm.Value{vm.Undefined, n.netErrno(err)}
			} else {
				fam := 4
				if from.Addr().Is6() {
					fam = 6
				}
				cbArgs = []vm.Value{rt.NewUint8Array(bytes.Clone(data)), rt.NewString(from.Addr().String()), vm.Int(fam), vm.Int(int(from.Port()))}
			}
			if exc := rt.Try(func() { rt.Call(rt.GetS(h, "onmessage"), h, cbArgs...) }); exc != nil {
				n.uncaught(exc)
			}
		}))
	})
	rt.DefineMethod(b, "recvStop", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if s := sock(args); s != nil {
			_ = s.u.RecvStop()
		}
		return vm.Undefined
	})
	// send(id, list, address, port, cb) sends the views in list (Buffers,
	// typed arrays, DataViews) as one datagram to address:port, or to the
	// connected peer when address is undefined. It returns the byte count plus one when the datagram went
	// out at once (cb is then never called: lib/dgram.js reports on the next
	// tick, as node does), 0 when it was queued (cb(null | errno) follows),
	// or an errno.
	rt.DefineMethod(b, "send", 5, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		s := sock(args)
		if s == nil {
			return closed()
		}
		var data []byte
		for _, v := range rt.ArrayValues(vm.Arg(args, 1)) {
			raw, _ := rt.BufferBytes(v)
			data = append(data, raw...)
		}
		var to netip.AddrPort
		if a := vm.Arg(args, 2); a != vm.Undefined {
			var err error
			if to, err = netAddr(rt.ToGoString(a), int(rt.ToNumber(vm.Arg(args, 3)))); err != nil {
				return n.netErrno(err)
			}
		}
		switch err := s.u.TrySend(data, to); err {
		case nil:
			return vm.Int(len(data) + 1)
		case syscall.EAGAIN:
		default:
			return n.netErrno(err)
		}
		cbPin := rt.Pin(vm.Arg(args, 4))
		err := s.u.Send(data, to, func(err error) {
			res := vm.Null
			if err != nil {
				res = n.netErrno(err)
			}
			n.callPinned(cbPin, res, vm.Int(len(data)))
		})
		if err != nil {
			rt.Unpin(cbPin)
			return n.netErrno(err)
		}
		return vm.Int(0)
	})
	rt.DefineMethod(b, "sendQueue", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		s := sock(args)
		if s == nil {
			return vm.Int(0)
		}
		if rt.ToBoolean(vm.Arg(args, 1)) {
			return vm.Int(s.u.SendQueueCount())
		}
		return vm.Int(s.u.SendQueueSize())
	})
	rt.DefineMethod(b, "connect", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		s := sock(args)
		if s == nil {
			return closed()
		}
		addr, err := netAddr(rt.ToGoString(vm.Arg(args, 1)), int(rt.ToNumber(vm.Arg(args, 2))))
		if err != nil {
			return n.netErrno(err)
		}
		return errnoOr(s.u.Connect(addr))
	})
	rt.DefineMethod(b, "disconnect", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		s := sock(args)
		if s == nil {
			return closed()
		}
		return errnoOr(s.u.Disconnect())
	})
	rt.DefineMethod(b, "localAddress", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		s := sock(args)
		if s == nil {
			return closed()
		}
		return n.addrTriple(s.u.LocalAddr())
	})
	rt.DefineMethod(b, "remoteAddress", 1, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		s := sock(args)
		if s == nil {
			return closed()
		}
		return n.addrTriple(s.u.RemoteAddr())
	})
	rt.DefineMethod(b, "close", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		id := int(rt.ToNumber(vm.Arg(args, 0)))
		s := socks[id]
		if s == nil {
			return vm.Undefined
		}
		delete(socks, id)
		cbPin := rt.Pin(vm.Arg(args, 1))
		s.u.Close(func() {
			rt.Unpin(s.pin)
			n.callPinned(cbPin)
		})
		return vm.Undefined
	})
	rt.DefineMethod(b, "ref", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		if s := sock(args); s != nil {
			if rt.ToBoolean(vm.Arg(args, 1)) {
				s.u.Ref()
			} else {
				s.u.Unref()
			}
		}
		return vm.Undefined
	})
	// The socket options, each (id, value) → undefined or an errno.
	boolOpt := func(name string, set func(u *loop.UDP, on bool) error) {
		rt.DefineMethod(b, name, 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			s := sock(args)
			if s == nil {
				return closed()
			}
			return errnoOr(set(s.u, rt.ToBoolean(vm.Arg(args, 1))))
		})
	}
	intOpt := func(name string, set func(u *loop.UDP, v int) error) {
		rt.DefineMethod(b, name, 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
			s := sock(args)
			if s == nil {
				return closed()
			}
			return errnoOr(set(s.u, int(rt.ToNumber(vm.Arg(args, 1)))))
		})
	}
	boolOpt("setBroadcast", (*loop.UDP).SetBroadcast)
	boolOpt("setMulticastLoopback", (*loop.UDP).SetMulticastLoopback)
	intOpt("setTTL", (*loop.UDP).SetTTL)
	intOpt("setMulticastTTL", (*loop.UDP).SetMulticastTTL)
	rt.DefineMethod(b, "setMulticastInterface", 2, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		s := sock(args)
		if s == nil {
			return closed()
		}
		iface, err := netip.ParseAddr(rt.ToGoString(vm.Arg(args, 1)))
		if err != nil {
			return n.netErrno(syscall.EINVAL)
		}
		return errnoOr(s.u.SetMulticastInterface(iface))
	})
	// membership(id, group, iface | undefined, join).
	rt.DefineMethod(b, "membership", 4, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		s := sock(args)
		if s == nil {
			return closed()
		}
		group, err := netip.ParseAddr(rt.ToGoString(vm.Arg(args, 1)))
		if err != nil {
			return n.netErrno(syscall.EINVAL)
		}
		var iface netip.Addr
		if v := vm.Arg(args, 2); v != vm.Undefined {
			if iface, err = netip.ParseAddr(rt.ToGoString(v)); err != nil {
				return n.netErrno(syscall.EINVAL)
			}
		}
		if rt.ToBoolean(vm.Arg(args, 3)) {
			return errnoOr(s.u.AddMembership(group, iface))
		}
		return errnoOr(s.u.DropMembership(group, iface))
	})
	// sourceMembership(id, source, group, iface | undefined, join).
	rt.DefineMethod(b, "sourceMembership", 5, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		s := sock(args)
		if s == nil {
			return closed()
		}
		var addrs [3]netip.Addr
		for i := range addrs {
			v := vm.Arg(args, i+1)
			if i == 2 && v == vm.Undefined {
				break
			}
			a, err := netip.ParseAddr(rt.ToGoString(v))
			if err != nil {
				return n.netErrno(syscall.EINVAL)
			}
			addrs[i] = a
		}
		if rt.ToBoolean(vm.Arg(args, 4)) {
			return errnoOr(s.u.AddSourceMembership(addrs[0], addrs[1], addrs[2]))
		}
		return errnoOr(s.u.DropSourceMembership(addrs[0], addrs[1], addrs[2]))
	})
	// bufferSize(id, recv, size) sets the size when size > 0, and returns
	// the size the kernel reports, or the SystemError node throws.
	rt.DefineMethod(b, "bufferSize", 3, func(rt *vm.Runtime, _ vm.Value, args []vm.Value) vm.Value {
		recv := rt.ToBoolean(vm.Arg(args, 1))
		var err error = loop.ErrClosed
		if s := sock(args); s != nil {
			err = nil
			if size := int(rt.ToNumber(vm.Arg(args, 2))); size > 0 {
				err = s.u.SetBufferSize(recv, size)
			}
			if err == nil {
				var v int
				if v, err = s.u.BufferSize(recv); err == nil {
					return vm.Int(v)
				}
			}
		}
		return n.bufferSizeError(recv, err)
	})
}

// bufferSizeError is node's ERR_SOCKET_BUFFER_SIZE, a SystemError naming
// the libuv call that failed.
func (n *Node) bufferSizeError(recv bool, err error) vm.Value {
	rt := n.VM
	call := "uv_send_buffer_size"
	if recv {
		call = "uv_recv_buffer_size"
	}
	errno, code, desc := netErrorOf(err)
	e := n.newSystemError("ERR_SOCKET_BUFFER_SIZE", "Could not get or set buffer size: "+call+" returned "+code+" ("+desc+")")
	info := rt.NewObject()
	rt.CreateDataProperty(info, "errno", vm.Int(errno))
	rt.CreateDataProperty(info, "code", rt.NewString(code))
	rt.CreateDataProperty(info, "message", rt.NewString(desc))
	rt.CreateDataProperty(info, "syscall", rt.NewString(call))
	rt.CreateDataProperty(e, "info", info)
	rt.CreateDataProperty(e, "errno", vm.Int(errno))
	rt.CreateDataProperty(e, "syscall", rt.NewString(call))
	return e
}
