//go:build linux || darwin || freebsd

package loop

import (
	"net"
	"net/netip"
	"os"

	"golang.org/x/sys/unix"
)

// The UDP handle's system calls; the ones whose argument types differ
// between Linux and the BSDs live in udp_linux.go and udp_bsd.go.

// sysBindUDP sets the options cfg asks for and binds fd. Errors from the
// options come first, as in libuv's uv__udp_bind.
func sysBindUDP(fd int, addr netip.AddrPort, cfg UDPConfig) error {
	if cfg.ReuseAddr {
		if err := unix.SetsockoptInt(fd, unix.SOL_SOCKET, reuseAddrOpt, 1); err != nil {
			return os.NewSyscallError("setsockopt", err)
		}
	}
	if addr.Addr().Is6() && !addr.Addr().Is4In6() && cfg.IPv6Only {
		if err := unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, 1); err != nil {
			return os.NewSyscallError("setsockopt", err)
		}
	}
	return os.NewSyscallError("bind", unix.Bind(fd, sockaddr(addr)))
}

// sysSendTo sends one datagram; the zero to sends to the connected peer.
// Errors come back bare so that the caller can tell EAGAIN.
func sysSendTo(fd int, b []byte, to netip.AddrPort) error {
	var sa unix.Sockaddr
	if to.IsValid() {
		sa = sockaddr(to)
	}
	return unix.Sendto(fd, b, 0, sa)
}

func sysRecvFrom(fd int, b []byte) (int, netip.AddrPort, error) {
	n, from, err := unix.Recvfrom(fd, b, 0)
	if err != nil {
		return 0, netip.AddrPort{}, err
	}
	return n, addrPort(from), nil
}

func boolInt(on bool) int {
	if on {
		return 1
	}
	return 0
}

func sysSetBroadcast(fd int, on bool) error {
	return os.NewSyscallError("setsockopt", unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_BROADCAST, boolInt(on)))
}

func sysSetTTL(fd int, v6 bool, ttl int) error {
	if v6 {
		return os.NewSyscallError("setsockopt", unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_UNICAST_HOPS, ttl))
	}
	return os.NewSyscallError("setsockopt", unix.SetsockoptInt(fd, unix.IPPROTO_IP, unix.IP_TTL, ttl))
}

func sysSetMulticastTTL(fd int, v6 bool, ttl int) error {
	if v6 {
		return os.NewSyscallError("setsockopt", unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_HOPS, ttl))
	}
	return os.NewSyscallError("setsockopt", setMulticastByte(fd, unix.IP_MULTICAST_TTL, ttl))
}

func sysSetMulticastLoop(fd int, v6 bool, on bool) error {
	if v6 {
		return os.NewSyscallError("setsockopt", unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_LOOP, boolInt(on)))
	}
	return os.NewSyscallError("setsockopt", setMulticastByte(fd, unix.IP_MULTICAST_LOOP, boolInt(on)))
}

// zoneIndex turns an IPv6 zone (an interface name or number) into the
// interface index the socket options take; no zone is 0, the default.
func zoneIndex(a netip.Addr) (int, error) {
	if a.Zone() == "" {
		return 0, nil
	}
	ifi, err := net.InterfaceByName(a.Zone())
	if err != nil {
		return 0, unix.ENXIO
	}
	return ifi.Index, nil
}

func sysSetMulticastInterface(fd int, v6 bool, iface netip.Addr) error {
	if v6 {
		idx, err := zoneIndex(iface)
		if err != nil {
			return err
		}
		return os.NewSyscallError("setsockopt", unix.SetsockoptInt(fd, unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_IF, idx))
	}
	if !iface.Is4() {
		return unix.EINVAL
	}
	return os.NewSyscallError("setsockopt", unix.SetsockoptInet4Addr(fd, unix.IPPROTO_IP, unix.IP_MULTICAST_IF, iface.As4()))
}

func sysMembership(fd int, group, iface netip.Addr, join bool) error {
	if group.Is4() {
		mreq := &unix.IPMreq{Multiaddr: group.As4()}
		if iface.Is4() {
			mreq.Interface = iface.As4()
		}
		opt := unix.IP_DROP_MEMBERSHIP
		if join {
			opt = unix.IP_ADD_MEMBERSHIP
		}
		return os.NewSyscallError("setsockopt", unix.SetsockoptIPMreq(fd, unix.IPPROTO_IP, opt, mreq))
	}
	idx, err := zoneIndex(iface)
	if err != nil {
		return err
	}
	mreq := &unix.IPv6Mreq{Multiaddr: group.As16(), Interface: uint32(idx)}
	opt := unix.IPV6_LEAVE_GROUP
	if join {
		opt = unix.IPV6_JOIN_GROUP
	}
	return os.NewSyscallError("setsockopt", unix.SetsockoptIPv6Mreq(fd, unix.IPPROTO_IPV6, opt, mreq))
}

func bufferOpt(recv bool) int {
	if recv {
		return unix.SO_RCVBUF
	}
	return unix.SO_SNDBUF
}

func sysSetBufferSize(fd int, recv bool, size int) error {
	return os.NewSyscallError("setsockopt", unix.SetsockoptInt(fd, unix.SOL_SOCKET, bufferOpt(recv), size))
}

func sysBufferSize(fd int, recv bool) (int, error) {
	v, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, bufferOpt(recv))
	return v, os.NewSyscallError("getsockopt", err)
}
