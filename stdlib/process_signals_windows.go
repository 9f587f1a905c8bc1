package stdlib

import (
	"os"
	"syscall"
)

// signalNumbers are the signals process.kill and process.on accept by name
// on Windows, where libuv emulates a few of them.
var signalNumbers = table[syscall.Signal]{
	{"SIGHUP", syscall.SIGHUP}, {"SIGINT", syscall.SIGINT}, {"SIGQUIT", syscall.SIGQUIT}, {"SIGILL", syscall.SIGILL},
	{"SIGABRT", syscall.SIGABRT}, {"SIGFPE", syscall.SIGFPE}, {"SIGKILL", syscall.SIGKILL}, {"SIGSEGV", syscall.SIGSEGV},
	{"SIGTERM", syscall.SIGTERM}, {"SIGBREAK", syscall.Signal(21)}, {"SIGWINCH", syscall.Signal(28)},
}

// killProcess emulates kill(2) as libuv does on Windows: signal 0 checks
// that the process exists, and every other signal terminates it.
func killProcess(pid, sig int) error {
	p, err := os.FindProcess(pid)
	if err != nil {
		return syscall.ESRCH
	}
	if sig == 0 {
		return p.Release()
	}
	return p.Kill()
}

// setUmask reports the mask libuv reports on Windows, which has no umask.
func setUmask(int, bool) int { return 0 }

// processIDs reports none: node has no process.getuid on Windows.
func processIDs() (ids []int, groups []int, ok bool) { return nil, nil, false }
