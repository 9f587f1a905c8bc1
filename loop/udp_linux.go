package loop

import (
	"encoding/binary"
	"net/netip"
	"os"
	"unsafe"

	"golang.org/x/sys/unix"
)

// reuseAddrOpt is what UDPConfig.ReuseAddr sets: on Linux SO_REUSEADDR
// already lets UDP sockets share a port.
const reuseAddrOpt = unix.SO_REUSEADDR

// setMulticastByte sets an IPv4 multicast option, which Linux takes as an
// int.
func setMulticastByte(fd, opt, v int) error {
	return unix.SetsockoptInt(fd, unix.IPPROTO_IP, opt, v)
}

// sysDisconnect connects to an AF_UNSPEC address, which dissolves a UDP
// socket's association; x/sys/unix has no Sockaddr for it, hence the raw
// call.
func sysDisconnect(fd int) error {
	sa := unix.RawSockaddr{Family: unix.AF_UNSPEC}
	_, _, e := unix.Syscall(unix.SYS_CONNECT, uintptr(fd), uintptr(unsafe.Pointer(&sa)), unsafe.Sizeof(sa))
	if e != 0 {
		return os.NewSyscallError("connect", e)
	}
	return nil
}

// sysSourceMembership joins or leaves a source-specific multicast group.
// x/sys/unix has neither ip_mreq_source nor group_source_req, so they are
// laid out here as Linux defines them: three IPv4 addresses (group,
// interface, source); and an interface index followed by two
// sockaddr_storage aligned as a pointer, each holding a sockaddr_in6.
func sysSourceMembership(fd int, source, group, iface netip.Addr, join bool) error {
	if group.Is4() {
		if !source.Is4() {
			return unix.EINVAL
		}
		var mreq [12]byte
		g, s := group.As4(), source.As4()
		copy(mreq[0:4], g[:])
		if iface.Is4() {
			i := iface.As4()
			copy(mreq[4:8], i[:])
		}
		copy(mreq[8:12], s[:])
		opt := unix.IP_DROP_SOURCE_MEMBERSHIP
		if join {
			opt = unix.IP_ADD_SOURCE_MEMBERSHIP
		}
		return os.NewSyscallError("setsockopt", unix.SetsockoptString(fd, unix.IPPROTO_IP, opt, string(mreq[:])))
	}
	if !source.Is6() || source.Is4In6() {
		return unix.EINVAL
	}
	idx, err := zoneIndex(iface)
	if err != nil {
		return err
	}
	const storage = 128 // sizeof(struct sockaddr_storage)
	off := int(unsafe.Sizeof(uintptr(0)))
	req := make([]byte, off+2*storage)
	binary.NativeEndian.PutUint32(req[0:4], uint32(idx))
	for i, a := range [2]netip.Addr{group, source} {
		sa := req[off+i*storage:]
		binary.NativeEndian.PutUint16(sa[0:2], unix.AF_INET6)
		b := a.As16()
		copy(sa[8:24], b[:])
	}
	opt := unix.MCAST_LEAVE_SOURCE_GROUP
	if join {
		opt = unix.MCAST_JOIN_SOURCE_GROUP
	}
	return os.NewSyscallError("setsockopt", unix.SetsockoptString(fd, unix.IPPROTO_IPV6, opt, string(req)))
}
