package loop

import "net/netip"

// The handle layer's system calls are not implemented on Windows yet: they
// need overlapped I/O on the completion port rather than readiness (see the
// package doc). Every entry point fails before any other is reached.

func sysRead(fd int, b []byte) (int, error)                        { return 0, ErrNotSupported }
func sysWrite(fd int, b []byte) (int, error)                       { return 0, ErrNotSupported }
func sysClose(fd int) error                                        { return ErrNotSupported }
func sysShutdownWrite(fd int) error                                { return ErrNotSupported }
func sysSetNonblock(fd int) error                                  { return ErrNotSupported }
func sysSocket(addr netip.AddrPort) (int, error)                   { return -1, ErrNotSupported }
func sysAccept(fd int) (int, error)                                { return -1, ErrNotSupported }
func sysListen(addr netip.AddrPort, cfg ListenConfig) (int, error) { return -1, ErrNotSupported }
func sysConnect(fd int, addr netip.AddrPort) error                 { return ErrNotSupported }
func sysUnixSocket() (int, error)                                  { return -1, ErrNotSupported }
func sysListenUnix(path string, cfg ListenConfig) (int, error)     { return -1, ErrNotSupported }
func sysConnectUnix(fd int, path string) error                     { return ErrNotSupported }
func sysSockError(fd int) error                                    { return ErrNotSupported }
func sysLocalAddr(fd int) (netip.AddrPort, error)                  { return netip.AddrPort{}, ErrNotSupported }
func sysRemoteAddr(fd int) (netip.AddrPort, error)                 { return netip.AddrPort{}, ErrNotSupported }
func sysSetNoDelay(fd int, on bool) error                          { return ErrNotSupported }
