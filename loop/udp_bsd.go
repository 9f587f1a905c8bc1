//go:build darwin || freebsd

package loop

import (
	"net/netip"

	"golang.org/x/sys/unix"
)

// reuseAddrOpt is what UDPConfig.ReuseAddr sets: on the BSDs only
// SO_REUSEPORT lets two UDP sockets bind the same address and port, which
// is what libuv sets there.
const reuseAddrOpt = unix.SO_REUSEPORT

// setMulticastByte sets an IPv4 multicast option, which the BSDs take as an
// unsigned char.
func setMulticastByte(fd, opt, v int) error {
	return unix.SetsockoptByte(fd, unix.IPPROTO_IP, opt, byte(v))
}

// sysDisconnect is not implemented on the BSDs yet: it needs a connect(2)
// to an AF_UNSPEC address, which x/sys/unix cannot express there without a
// raw system call.
func sysDisconnect(fd int) error { return ErrNotSupported }

// sysSourceMembership is not implemented on the BSDs yet: their
// ip_mreq_source orders its fields differently from Linux's, and darwin's
// group_source_req is packed.
func sysSourceMembership(fd int, source, group, iface netip.Addr, join bool) error {
	return ErrNotSupported
}
