package loop

import "net/netip"

// UDP on Windows needs overlapped WSARecvFrom/WSASendTo on the completion
// port (see the package doc); Bind fails first, making no socket, so the
// rest is never reached.

func sysDgramSocket(addr netip.AddrPort) (int, error)             { return -1, ErrNotSupported }
func sysBindUDP(fd int, addr netip.AddrPort, cfg UDPConfig) error { return ErrNotSupported }
func sysSendTo(fd int, b []byte, to netip.AddrPort) error         { return ErrNotSupported }
func sysRecvFrom(fd int, b []byte) (int, netip.AddrPort, error) {
	return 0, netip.AddrPort{}, ErrNotSupported
}
func sysDisconnect(fd int) error                                       { return ErrNotSupported }
func sysSetBroadcast(fd int, on bool) error                            { return ErrNotSupported }
func sysSetTTL(fd int, v6 bool, ttl int) error                         { return ErrNotSupported }
func sysSetMulticastTTL(fd int, v6 bool, ttl int) error                { return ErrNotSupported }
func sysSetMulticastLoop(fd int, v6 bool, on bool) error               { return ErrNotSupported }
func sysSetMulticastInterface(fd int, v6 bool, iface netip.Addr) error { return ErrNotSupported }
func sysMembership(fd int, group, iface netip.Addr, join bool) error   { return ErrNotSupported }
func sysSourceMembership(fd int, source, group, iface netip.Addr, join bool) error {
	return ErrNotSupported
}
func sysSetBufferSize(fd int, recv bool, size int) error { return ErrNotSupported }
func sysBufferSize(fd int, recv bool) (int, error)       { return 0, ErrNotSupported }
