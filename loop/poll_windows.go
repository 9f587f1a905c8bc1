package loop

import (
	"os"
	"time"

	"golang.org/x/sys/windows"
)

// poller is an I/O completion port. Only the wake-up goes through it so far:
// fd readiness does not exist on Windows, so modify reports ErrNotSupported
// and the handle constructors fail before reaching it (see the package doc).
type poller struct {
	port windows.Handle
}

// wakeKey is the completion key of the wake-up packet.
const wakeKey = 1

func newPoller() (*poller, error) {
	port, err := windows.CreateIoCompletionPort(windows.InvalidHandle, 0, 0, 1)
	if err != nil {
		return nil, os.NewSyscallError("CreateIoCompletionPort", err)
	}
	return &poller{port: port}, nil
}

func (p *poller) modify(fd int, old, ev Events) error { return ErrNotSupported }

// wait blocks up to timeout (forever if negative) for one completion packet,
// then takes whatever else is already queued without blocking.
func (p *poller) wait(out []pollEvent, timeout time.Duration) (int, error) {
	ms := uint32(windows.INFINITE)
	if timeout >= 0 {
		ms = uint32(timeoutMillis(timeout))
	}
	n := 0
	for {
		var qty uint32
		var key uintptr
		var ov *windows.Overlapped
		err := windows.GetQueuedCompletionStatus(p.port, &qty, &key, &ov, ms)
		if err == windows.WAIT_TIMEOUT {
			return n, nil
		}
		if err != nil && ov == nil {
			return 0, os.NewSyscallError("GetQueuedCompletionStatus", err)
		}
		// Every packet is a wake-up so far; one report stands for them all.
		if n == 0 && len(out) > 0 {
			out[0] = pollEvent{fd: wakeFD}
			n = 1
		}
		ms = 0
	}
}

func (p *poller) wake() error { return windows.PostQueuedCompletionStatus(p.port, 0, wakeKey, nil) }

func (p *poller) close() error {
	return os.NewSyscallError("CloseHandle", windows.CloseHandle(p.port))
}
