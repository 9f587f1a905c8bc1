//go:build unix

package stdlib

import "syscall"

// signalNumbers are the signals process.kill and process.on accept by name.
var signalNumbers = table[syscall.Signal]{
	{"SIGHUP", syscall.SIGHUP}, {"SIGINT", syscall.SIGINT}, {"SIGQUIT", syscall.SIGQUIT}, {"SIGILL", syscall.SIGILL},
	{"SIGTRAP", syscall.SIGTRAP}, {"SIGABRT", syscall.SIGABRT}, {"SIGIOT", syscall.SIGIOT}, {"SIGBUS", syscall.SIGBUS},
	{"SIGFPE", syscall.SIGFPE}, {"SIGKILL", syscall.SIGKILL}, {"SIGUSR1", syscall.SIGUSR1}, {"SIGSEGV", syscall.SIGSEGV},
	{"SIGUSR2", syscall.SIGUSR2}, {"SIGPIPE", syscall.SIGPIPE}, {"SIGALRM", syscall.SIGALRM}, {"SIGTERM", syscall.SIGTERM},
	{"SIGCHLD", syscall.SIGCHLD}, {"SIGCONT", syscall.SIGCONT}, {"SIGSTOP", syscall.SIGSTOP}, {"SIGTSTP", syscall.SIGTSTP},
	{"SIGTTIN", syscall.SIGTTIN}, {"SIGTTOU", syscall.SIGTTOU}, {"SIGURG", syscall.SIGURG}, {"SIGXCPU", syscall.SIGXCPU},
	{"SIGXFSZ", syscall.SIGXFSZ}, {"SIGVTALRM", syscall.SIGVTALRM}, {"SIGPROF", syscall.SIGPROF},
	{"SIGWINCH", syscall.SIGWINCH}, {"SIGIO", syscall.SIGIO}, {"SIGSYS", syscall.SIGSYS},
}

// killProcess is kill(2).
func killProcess(pid, sig int) error { return syscall.Kill(pid, syscall.Signal(sig)) }

// setUmask sets the file-mode creation mask and returns the previous one;
// with set false it only reads it, which umask(2) can do only by setting
// and restoring.
func setUmask(mask int, set bool) int {
	old := syscall.Umask(mask)
	if !set {
		syscall.Umask(old)
	}
	return old
}

// processIDs are the process's user and group ids for process.getuid and
// friends, which node has on POSIX systems only.
func processIDs() (ids []int, groups []int, ok bool) {
	groups, _ = syscall.Getgroups()
	return []int{syscall.Getuid(), syscall.Geteuid(), syscall.Getgid(), syscall.Getegid()}, groups, true
}
