//go:build unix

package stdlib

import (
	"os"
	"syscall"
)

// newPipe makes a pipe for a child's stdio: the child's end as a file for
// os/exec, the parent's as a bare fd for a loop.Stream. childReads picks
// which way it flows (stdin). Both ends are close-on-exec, set under
// ForkLock so that no process started meanwhile inherits them; os/exec
// dups the child's end into place.
func newPipe(childReads bool) (parent int, child *os.File, err error) {
	var p [2]int
	syscall.ForkLock.RLock()
	err = syscall.Pipe(p[:])
	if err == nil {
		syscall.CloseOnExec(p[0])
		syscall.CloseOnExec(p[1])
	}
	syscall.ForkLock.RUnlock()
	if err != nil {
		return -1, nil, os.NewSyscallError("pipe", err)
	}
	if childReads {
		return p[1], os.NewFile(uintptr(p[0]), "|0"), nil
	}
	return p[0], os.NewFile(uintptr(p[1]), "|1"), nil
}

// newChannel makes the socket pair of an IPC channel: the child's end as
// a file for os/exec, the parent's as a bare fd for a loop.Stream. Both
// are close-on-exec for the same reason as newPipe's ends; the child's
// stays blocking, which a child that is not node may expect of its fd.
func newChannel() (parent int, child *os.File, err error) {
	syscall.ForkLock.RLock()
	p, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
	if err == nil {
		syscall.CloseOnExec(p[0])
		syscall.CloseOnExec(p[1])
	}
	syscall.ForkLock.RUnlock()
	if err != nil {
		return -1, nil, os.NewSyscallError("socketpair", err)
	}
	return p[0], os.NewFile(uintptr(p[1]), "ipc"), nil
}

func closeFd(fd int) { _ = syscall.Close(fd) }

// dupFd is a copy of one of the parent's own fds (a file fs.openSync
// opened, given as a child's stdio entry) for os/exec to put in the
// child's place: the copy is the caller's to close once the child has
// started, and the parent's fd stays its own. The copy is close-on-exec
// for the same reason as newPipe's ends.
func dupFd(fd int) (*os.File, error) {
	syscall.ForkLock.RLock()
	nfd, err := syscall.Dup(fd)
	if err == nil {
		syscall.CloseOnExec(nfd)
	}
	syscall.ForkLock.RUnlock()
	if err != nil {
		return nil, os.NewSyscallError("dup", err)
	}
	return os.NewFile(uintptr(nfd), "fd"), nil
}

// sysProcAttr is a detached child's new session and the uid and gid it
// runs as.
func sysProcAttr(detached bool, uid, gid int) *syscall.SysProcAttr {
	a := &syscall.SysProcAttr{Setsid: detached}
	if uid >= 0 || gid >= 0 {
		c := &syscall.Credential{Uid: uint32(os.Getuid()), Gid: uint32(os.Getgid())}
		if uid >= 0 {
			c.Uid = uint32(uid)
		}
		if gid >= 0 {
			c.Gid = uint32(gid)
		}
		a.Credential = c
	}
	return a
}
