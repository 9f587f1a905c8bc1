//go:build linux || darwin || freebsd

package loop

import (
	"net/netip"
	"os"

	"golang.org/x/sys/unix"
)

// The system calls under the handle layer, one small function each, so that
// stream.go and tcp.go stay shared by every OS.

func sysRead(fd int, b []byte) (int, error)  { return unix.Read(fd, b) }
func sysWrite(fd int, b []byte) (int, error) { return unix.Write(fd, b) }
func sysClose(fd int) error                  { return unix.Close(fd) }
func sysShutdownWrite(fd int) error          { return unix.Shutdown(fd, unix.SHUT_WR) }
func sysSetNonblock(fd int) error            { return unix.SetNonblock(fd, true) }

// sysListen creates a bound, listening, non-blocking TCP socket. Like libuv
// it sets SO_REUSEADDR, so a restarted server can bind past TIME_WAIT.
func sysListen(addr netip.AddrPort, cfg ListenConfig) (int, error) {
	fd, err := sysSocket(addr)
	if err != nil {
		return -1, err
	}
	fail := func(call string, err error) (int, error) {
		unix.Close(fd)
		return -1, os.NewSyscallError(call, err)
	}
	if err := unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1); err != nil {
		return fail("setsockopt", err)
	}
	if cfg.ReusePort {
		if err := unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_REUSEPORT, 1); err != nil {
			return fail("setsockopt", err)
		}
	}
	if addr.Addr().Is6() && !addr.Addr().Is4In6() {
		v := 0
		if cfg.IPv6Only {
			v = 1
		}
		if err := unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, v); err != nil {
			return fail("setsockopt", err)
		}
	}
	if err := unix.Bind(fd, sockaddr(addr)); err != nil {
		return fail("bind", err)
	}
	backlog := cfg.Backlog
	if backlog <= 0 {
		backlog = defaultBacklog
	}
	if err := unix.Listen(fd, backlog); err != nil {
		return fail("listen", err)
	}
	return fd, nil
}

// sysListenUnix creates a bound, listening, non-blocking Unix-domain
// socket at path.
func sysListenUnix(path string, cfg ListenConfig) (int, error) {
	fd, err := sysUnixSocket()
	if err != nil {
		return -1, err
	}
	if err := unix.Bind(fd, &unix.SockaddrUnix{Name: path}); err != nil {
		unix.Close(fd)
		if err == unix.ENOENT {
			// libuv reports a missing folder as EACCES, as Windows does.
			err = unix.EACCES
		}
		return -1, os.NewSyscallError("bind", err)
	}
	backlog := cfg.Backlog
	if backlog <= 0 {
		backlog = defaultBacklog
	}
	if err := unix.Listen(fd, backlog); err != nil {
		unix.Close(fd)
		_ = os.Remove(path)
		return -1, os.NewSyscallError("listen", err)
	}
	return fd, nil
}

// sysConnectUnix starts a non-blocking connect to the socket at path. A
// Unix-domain connect completes at once or fails (EAGAIN when the
// listener's queue is full), so EINPROGRESS is rare.
func sysConnectUnix(fd int, path string) error {
	return unix.Connect(fd, &unix.SockaddrUnix{Name: path})
}

// sysConnect starts a non-blocking connect; EINPROGRESS comes back as is.
func sysConnect(fd int, addr netip.AddrPort) error {
	return unix.Connect(fd, sockaddr(addr))
}

// sysSockError reads and clears the socket's pending error (SO_ERROR), which
// is how a non-blocking connect reports its outcome.
func sysSockError(fd int) error {
	v, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_ERROR)
	if err != nil {
		return os.NewSyscallError("getsockopt", err)
	}
	if v != 0 {
		return unix.Errno(v)
	}
	return nil
}

func sysLocalAddr(fd int) (netip.AddrPort, error) {
	sa, err := unix.Getsockname(fd)
	if err != nil {
		return netip.AddrPort{}, os.NewSyscallError("getsockname", err)
	}
	return addrPort(sa), nil
}

func sysRemoteAddr(fd int) (netip.AddrPort, error) {
	sa, err := unix.Getpeername(fd)
	if err != nil {
		return netip.AddrPort{}, os.NewSyscallError("getpeername", err)
	}
	return addrPort(sa), nil
}

func sysSetNoDelay(fd int, on bool) error {
	v := 0
	if on {
		v = 1
	}
	return os.NewSyscallError("setsockopt", unix.SetsockoptInt(fd, unix.IPPROTO_TCP, unix.TCP_NODELAY, v))
}

func family(addr netip.AddrPort) int {
	if addr.Addr().Is4() || addr.Addr().Is4In6() {
		return unix.AF_INET
	}
	return unix.AF_INET6
}

// sockaddr converts addr; an IPv4-mapped IPv6 address becomes plain IPv4.
// IPv6 zones are not supported (resolving one needs the interface table).
func sockaddr(addr netip.AddrPort) unix.Sockaddr {
	ip := addr.Addr()
	if ip.Is4() || ip.Is4In6() {
		return &unix.SockaddrInet4{Port: int(addr.Port()), Addr: ip.Unmap().As4()}
	}
	return &unix.SockaddrInet6{Port: int(addr.Port()), Addr: ip.As16()}
}

func addrPort(sa unix.Sockaddr) netip.AddrPort {
	switch sa := sa.(type) {
	case *unix.SockaddrInet4:
		return netip.AddrPortFrom(netip.AddrFrom4(sa.Addr), uint16(sa.Port))
	case *unix.SockaddrInet6:
		return netip.AddrPortFrom(netip.AddrFrom16(sa.Addr), uint16(sa.Port))
	}
	return netip.AddrPort{}
}
