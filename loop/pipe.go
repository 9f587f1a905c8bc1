package loop

import (
	"os"
	"syscall"
)

// Unix-domain stream sockets, which Node calls pipes: the same Listener and
// Stream as TCP over a socket file instead of an address.

// ListenUnix binds a Unix-domain socket at path, listens, and calls onConn
// with each accepted connection, as Listen does. A file already at path is
// EADDRINUSE (libuv does not remove it either); closing the listener removes
// the socket file. On Windows it returns ErrNotSupported.
func (l *Loop) ListenUnix(path string, cfg ListenConfig, onConn func(conn *Stream, err error)) (*Listener, error) {
	if l.closed {
		return nil, ErrClosed
	}
	fd, err := sysListenUnix(path, cfg)
	if err != nil {
		return nil, err
	}
	ln, err := l.watchListener(fd, path, onConn)
	if err != nil {
		_ = os.Remove(path)
	}
	return ln, err
}

// ConnectUnix starts a non-blocking connect to the Unix-domain socket at
// path and returns the stream at once, as Connect does; cb runs when the
// connection is made or has failed. On Windows it returns ErrNotSupported.
func (l *Loop) ConnectUnix(path string, cb func(err error)) (*Stream, error) {
	if l.closed {
		return nil, ErrClosed
	}
	fd, err := sysUnixSocket()
	if err != nil {
		return nil, err
	}
	// A Unix-domain connect that completes at once is still reported from
	// the poll phase, once the socket is writable, as libuv reports it: so
	// 'connect' comes where it comes in node.
	return l.startConnect(fd, func() error {
		if err := sysConnectUnix(fd, path); err != nil {
			return err
		}
		return syscall.EINPROGRESS
	}, cb)
}
