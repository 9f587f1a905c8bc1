package stdlib

import (
	"os"
	"syscall"

	"github.com/kilnjs/kiln/loop"
)

// newPipe fails on Windows, where the loop has no pipe streams yet (see
// the loop package doc): spawn reports it as the spawn's error, and the
// sync functions, which use os/exec's own pipes, still work.
func newPipe(bool) (int, *os.File, error) { return -1, nil, loop.ErrNotSupported }

// newChannel fails on Windows for the same reason as newPipe: an IPC
// channel there is a named pipe, which the loop cannot poll yet.
func newChannel() (int, *os.File, error) { return -1, nil, loop.ErrNotSupported }

func closeFd(int) {}

// dupFd fails on Windows, where descriptors are the C runtime's, not the
// handles a child inherits.
func dupFd(int) (*os.File, error) { return nil, loop.ErrNotSupported }

func sysProcAttr(bool, int, int) *syscall.SysProcAttr { return nil }
