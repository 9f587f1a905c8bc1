package loop

import (
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
