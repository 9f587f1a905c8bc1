package loop

import (
	"net/netip"
	"os"
	"syscall"
)

// UDPConfig tunes UDP.Bind. The zero value is a plain bind.
type UDPConfig struct {
	// ReuseAddr lets several sockets bind the same address and port
	// (SO_REUSEADDR on Linux, SO_REUSEPORT on the BSDs, as libuv does).
	ReuseAddr bool
	// IPv6Only restricts an IPv6 wildcard address to IPv6.
	IPv6Only bool
}

// maxRecvsPerEvent bounds the datagrams read per readiness event, as libuv
// does, so that one busy socket cannot starve the others.
const maxRecvsPerEvent = 32

// UDP is a datagram socket handle (libuv's uv_udp_t). Receiving makes it
// active; a queued send is a request that keeps the loop alive until its
// callback has run, even when the socket is unreferenced.
type UDP struct {
	handle
	w  watcher
	v6 bool // AF_INET6: TTL and multicast options take their IPv6 names

	recving bool
	recvCb  func([]byte, netip.AddrPort, error)

	sends         []*sendReq // not yet sent, oldest first
	done          []*sendReq // sent or failed, callback not yet run
	doneScheduled bool
}

type sendReq struct {
	buf []byte
	to  netip.AddrPort // the zero value on a connected socket
	cb  func(error)
	err error
}

// NewUDP creates a UDP handle without a socket (libuv's uv_udp_init): Bind
// makes one. Until then every call on the socket fails with EBADF.
func (l *Loop) NewUDP() (*UDP, error) {
	if l.closed {
		return nil, ErrClosed
	}
	u := &UDP{handle: handle{l: l}, w: watcher{fd: -1}}
	u.w.on = u.onIO
	l.open[u] = struct{}{}
	return u, nil
}

// Bind binds the socket to addr (port 0 picks a free one), first creating a
// non-blocking, close-on-exec socket of addr's family if there is none yet.
// As in libuv, a failed bind keeps that socket, so its options and address
// can still be read and another Bind tried. On Windows it returns
// ErrNotSupported for now.
func (u *UDP) Bind(addr netip.AddrPort, cfg UDPConfig) error {
	if u.closing {
		return ErrClosed
	}
	if u.w.fd < 0 {
		fd, err := sysDgramSocket(addr)
		if err != nil {
			return err
		}
		u.w.fd = fd
		if err := u.l.addWatcher(&u.w); err != nil {
			u.w.fd = -1
			_ = sysClose(fd)
			return err
		}
		u.v6 = addr.Addr().Is6() && !addr.Addr().Is4In6()
	}
	return sysBindUDP(u.w.fd, addr, cfg)
}

// Fd returns the socket's fd, or -1 before Bind and once closed.
func (u *UDP) Fd() int {
	if u.closing {
		return -1
	}
	return u.w.fd
}

// usable is the error of a call on a closed handle or one without a socket.
func (u *UDP) usable() error {
	if u.closing {
		return ErrClosed
	}
	if u.w.fd < 0 {
		return syscall.EBADF
	}
	return nil
}

// RecvStart calls cb in the poll phase with each datagram received and its
// sender. data is only valid during the call (the loop reuses its 64 KiB
// read buffer, which holds any UDP datagram). A receive error (an ICMP
// error reported on a connected socket) comes as err, and receiving goes on.
func (u *UDP) RecvStart(cb func(data []byte, from netip.AddrPort, err error)) error {
	if err := u.usable(); err != nil {
		return err
	}
	u.recvCb = cb
	if u.recving {
		return nil
	}
	u.recving = true
	if err := u.updateInterest(); err != nil {
		u.recving = false
		return err
	}
	u.activate()
	return nil
}

// RecvStop stops receiving; datagrams not yet read stay in the kernel.
func (u *UDP) RecvStop() error {
	if err := u.usable(); err != nil {
		return err
	}
	u.recving = false
	u.deactivate()
	return u.updateInterest()
}

// TrySend sends buf as one datagram to to (the zero AddrPort on a connected
// socket) if that can be done at once, as libuv's uv_udp_try_send: with
// sends still queued, or when the kernel pushes back, it fails with EAGAIN
// and the caller queues the datagram with Send.
func (u *UDP) TrySend(buf []byte, to netip.AddrPort) error {
	if err := u.usable(); err != nil {
		return err
	}
	if len(u.sends) > 0 {
		return syscall.EAGAIN
	}
	for {
		err := sysSendTo(u.w.fd, buf, to)
		if err == syscall.EINTR {
			continue
		}
		if err == syscall.EAGAIN {
			return err
		}
		return os.NewSyscallError("sendmsg", err)
	}
}

// Send queues buf as one datagram to to (the zero AddrPort on a connected
// socket) and calls cb (if not nil) once it is sent or has failed. The
// caller must not change buf until then. cb never runs inside Send: a
// datagram sent at once reports in the next pending phase, as in libuv.
func (u *UDP) Send(buf []byte, to netip.AddrPort, cb func(error)) error {
	if err := u.usable(); err != nil {
		return err
	}
	u.l.reqs++
	u.sends = append(u.sends, &sendReq{buf: buf, to: to, cb: cb})
	if len(u.sends) == 1 {
		u.flush()
		if len(u.done) > 0 && !u.doneScheduled {
			u.doneScheduled = true
			u.l.pending.push(u.runSendCallbacks)
		}
	}
	if err := u.updateInterest(); err != nil {
		u.failSends(err)
	}
	return nil
}

// SendQueueSize returns the bytes queued and not yet sent.
func (u *UDP) SendQueueSize() int {
	n := 0
	for _, r := range u.sends {
		n += len(r.buf)
	}
	return n
}

// SendQueueCount returns the number of datagrams not yet sent.
func (u *UDP) SendQueueCount() int { return len(u.sends) }

// flush sends queued datagrams until the kernel pushes back (EAGAIN).
func (u *UDP) flush() {
	for len(u.sends) > 0 {
		r := u.sends[0]
		err := sysSendTo(u.w.fd, r.buf, r.to)
		switch err {
		case syscall.EINTR:
			continue
		case syscall.EAGAIN:
			return
		}
		r.err = os.NewSyscallError("sendmsg", err)
		u.sends[0] = nil
		u.sends = u.sends[1:]
		u.done = append(u.done, r)
	}
}

func (u *UDP) failSends(err error) {
	for _, r := range u.sends {
		r.err = err
		u.done = append(u.done, r)
	}
	u.sends = nil
	if len(u.done) > 0 && !u.doneScheduled {
		u.doneScheduled = true
		u.l.pending.push(u.runSendCallbacks)
	}
}

func (u *UDP) runSendCallbacks() {
	u.doneScheduled = false
	for len(u.done) > 0 {
		r := u.done[0]
		u.done[0] = nil
		u.done = u.done[1:]
		u.l.reqs--
		if r.cb != nil {
			r.cb(r.err)
			u.l.after()
		}
	}
}

func (u *UDP) updateInterest() error {
	var ev Events
	if u.recving {
		ev |= Readable
	}
	if len(u.sends) > 0 {
		ev |= Writable
	}
	return u.l.setInterest(&u.w, ev)
}

// onIO receives first, then sends, in libuv's order.
func (u *UDP) onIO(ev Events) {
	if ev&Readable != 0 && u.recving {
		u.recv()
	}
	if u.closing || ev&Writable == 0 || len(u.sends) == 0 {
		return
	}
	u.flush()
	u.runSendCallbacks()
	if u.closing {
		return
	}
	if err := u.updateInterest(); err != nil {
		u.failSends(err)
	}
}

func (u *UDP) recv() {
	buf := u.l.readBuffer()
	for range maxRecvsPerEvent {
		n, from, err := sysRecvFrom(u.w.fd, buf)
		switch err {
		case nil:
			u.recvCb(buf[:n], from, nil)
		case syscall.EINTR:
			continue
		case syscall.EAGAIN:
			return
		default:
			u.recvCb(nil, netip.AddrPort{}, os.NewSyscallError("recvmsg", err))
		}
		u.l.after()
		if !u.recving || u.closing {
			return
		}
	}
}

// Connect fixes the socket's peer: sends without an address go there and
// only its datagrams are received. It completes at once (UDP has no
// handshake).
func (u *UDP) Connect(addr netip.AddrPort) error {
	if err := u.usable(); err != nil {
		return err
	}
	return os.NewSyscallError("connect", sysConnect(u.w.fd, addr))
}

// Disconnect dissolves Connect's association.
func (u *UDP) Disconnect() error {
	if err := u.usable(); err != nil {
		return err
	}
	return sysDisconnect(u.w.fd)
}

// LocalAddr returns the bound address, with the port the kernel chose.
func (u *UDP) LocalAddr() (netip.AddrPort, error) {
	if err := u.usable(); err != nil {
		return netip.AddrPort{}, err
	}
	return sysLocalAddr(u.w.fd)
}

// RemoteAddr returns the connected peer (ENOTCONN if there is none).
func (u *UDP) RemoteAddr() (netip.AddrPort, error) {
	if err := u.usable(); err != nil {
		return netip.AddrPort{}, err
	}
	return sysRemoteAddr(u.w.fd)
}

// SetBroadcast allows or forbids sending to broadcast addresses.
func (u *UDP) SetBroadcast(on bool) error {
	if err := u.usable(); err != nil {
		return err
	}
	return sysSetBroadcast(u.w.fd, on)
}

// SetTTL sets the unicast hop limit, 1 to 255 (EINVAL otherwise, as libuv).
func (u *UDP) SetTTL(ttl int) error {
	if err := u.usable(); err != nil {
		return err
	}
	if ttl < 1 || ttl > 255 {
		return syscall.EINVAL
	}
	return sysSetTTL(u.w.fd, u.v6, ttl)
}

// SetMulticastTTL sets the multicast hop limit, 0 to 255.
func (u *UDP) SetMulticastTTL(ttl int) error {
	if err := u.usable(); err != nil {
		return err
	}
	if ttl < 0 || ttl > 255 {
		return syscall.EINVAL
	}
	return sysSetMulticastTTL(u.w.fd, u.v6, ttl)
}

// SetMulticastLoopback sets whether multicast sent is also delivered locally.
func (u *UDP) SetMulticastLoopback(on bool) error {
	if err := u.usable(); err != nil {
		return err
	}
	return sysSetMulticastLoop(u.w.fd, u.v6, on)
}

// SetMulticastInterface picks the interface multicast leaves by: for IPv4
// the interface's address, for IPv6 its index (iface's zone names it; no
// zone means the default).
func (u *UDP) SetMulticastInterface(iface netip.Addr) error {
	if err := u.usable(); err != nil {
		return err
	}
	return sysSetMulticastInterface(u.w.fd, u.v6, iface)
}

// AddMembership joins the multicast group on the interface iface (the
// invalid Addr lets the kernel choose); DropMembership leaves it.
func (u *UDP) AddMembership(group, iface netip.Addr) error {
	if err := u.usable(); err != nil {
		return err
	}
	return sysMembership(u.w.fd, group, iface, true)
}

// DropMembership leaves a group joined with AddMembership.
func (u *UDP) DropMembership(group, iface netip.Addr) error {
	if err := u.usable(); err != nil {
		return err
	}
	return sysMembership(u.w.fd, group, iface, false)
}

// AddSourceMembership joins the multicast group for datagrams from source
// only, on the interface iface (the invalid Addr lets the kernel choose).
// Linux only for now; elsewhere it returns ErrNotSupported.
func (u *UDP) AddSourceMembership(source, group, iface netip.Addr) error {
	if err := u.usable(); err != nil {
		return err
	}
	return sysSourceMembership(u.w.fd, source, group, iface, true)
}

// DropSourceMembership leaves a group joined with AddSourceMembership.
func (u *UDP) DropSourceMembership(source, group, iface netip.Addr) error {
	if err := u.usable(); err != nil {
		return err
	}
	return sysSourceMembership(u.w.fd, source, group, iface, false)
}

// SetBufferSize sets the kernel's receive (recv true) or send buffer size.
func (u *UDP) SetBufferSize(recv bool, size int) error {
	if err := u.usable(); err != nil {
		return err
	}
	return sysSetBufferSize(u.w.fd, recv, size)
}

// BufferSize returns the kernel's receive (recv true) or send buffer size,
// as getsockopt reports it (Linux doubles what was set, for bookkeeping).
func (u *UDP) BufferSize(recv bool) (int, error) {
	if err := u.usable(); err != nil {
		return 0, err
	}
	return sysBufferSize(u.w.fd, recv)
}

// Close closes the fd at once and, in the close phase, fails the sends still
// queued with ECANCELED before calling cb (if not nil). Sends already
// finished report their own result first.
func (u *UDP) Close(cb func()) {
	if u.closing {
		return
	}
	canceled := u.sends
	u.sends = nil
	u.forceClose()
	u.l.closing.push(func() {
		u.runSendCallbacks()
		ecanceled := os.NewSyscallError("close", syscall.ECANCELED)
		for _, r := range canceled {
			u.l.reqs--
			if r.cb != nil {
				r.cb(ecanceled)
				u.l.after()
			}
		}
		if cb != nil {
			cb()
			u.l.after()
		}
	})
}

// forceClose releases the fd without callbacks; Close wraps it.
func (u *UDP) forceClose() {
	u.closing = true
	u.recving = false
	u.deactivate()
	delete(u.l.open, u)
	if u.w.fd >= 0 {
		u.l.removeWatcher(&u.w)
		// A failed close(2) leaves nothing to do: the fd is gone either way.
		_ = sysClose(u.w.fd)
	}
}
