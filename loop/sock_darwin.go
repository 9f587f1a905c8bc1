package loop

import (
	"net/netip"
	"os"
	"syscall"

	"golang.org/x/sys/unix"
)

// darwin has neither SOCK_NONBLOCK nor accept4: set the flags right after
// the call under syscall.ForkLock, as Go's own net package does, so that a
// concurrent fork+exec cannot inherit the fd. SO_NOSIGPIPE turns a write to a
// closed peer into EPIPE instead of a signal.

func sysSocket(addr netip.AddrPort) (int, error) { return socketOf(addr, unix.SOCK_STREAM) }

func sysDgramSocket(addr netip.AddrPort) (int, error) { return socketOf(addr, unix.SOCK_DGRAM) }

func sysUnixSocket() (int, error) { return socketFamily(unix.AF_UNIX, unix.SOCK_STREAM) }

func socketOf(addr netip.AddrPort, typ int) (int, error) { return socketFamily(family(addr), typ) }

func socketFamily(fam, typ int) (int, error) {
	syscall.ForkLock.RLock()
	fd, err := unix.Socket(fam, typ, 0)
	if err == nil {
		unix.CloseOnExec(fd)
	}
	syscall.ForkLock.RUnlock()
	if err != nil {
		return -1, os.NewSyscallError("socket", err)
	}
	if err := prepareSocket(fd); err != nil {
		unix.Close(fd)
		return -1, err
	}
	return fd, nil
}

func sysAccept(fd int) (int, error) {
	syscall.ForkLock.RLock()
	nfd, _, err := unix.Accept(fd)
	if err == nil {
		unix.CloseOnExec(nfd)
	}
	syscall.ForkLock.RUnlock()
	if err != nil {
		return -1, err
	}
	if err := prepareSocket(nfd); err != nil {
		unix.Close(nfd)
		return -1, err
	}
	return nfd, nil
}

func prepareSocket(fd int) error {
	if err := unix.SetNonblock(fd, true); err != nil {
		return os.NewSyscallError("fcntl", err)
	}
	return os.NewSyscallError("setsockopt", unix.SetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_NOSIGPIPE, 1))
}
