package stdlib

import (
	"syscall"
	"unsafe"
)

// abortProcess ends the process with SIGABRT, as abort(3) does, so that a
// parent sees the signal and the system may write a core file.
func abortProcess() { dieBySignal(syscall.SIGABRT, 134) }

// trapProcess ends the process with SIGTRAP, as V8's immediate crash does
// (an int3 on x86): how node dies under --abort-on-uncaught-exception.
func trapProcess() { dieBySignal(syscall.SIGTRAP, 133) }

// dieBySignal ends the process by sig. Go's runtime handles SIGABRT and
// SIGTRAP itself (with a goroutine dump and exit code 2), so the default
// action is restored first: an all-zero sigaction is SIG_DFL on every
// Linux architecture. Should the signal be blocked on this thread, the
// process still ends with the status a shell gives the signal, code.
func dieBySignal(sig syscall.Signal, code int) {
	var dfl [4]uint64
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&dfl)), 0, 8, 0, 0)
	syscall.Tgkill(syscall.Getpid(), syscall.Gettid(), sig)
	syscall.Exit(code)
}
