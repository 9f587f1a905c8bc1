package stdlib

import (
	"syscall"
	"unsafe"
)

// abortProcess ends the process with SIGABRT, as abort(3) does, so that a
// parent sees the signal and the system may write a core file. Go's runtime
// handles SIGABRT itself (with a goroutine dump and exit code 2), so the
// default action is restored first: an all-zero sigaction is SIG_DFL on
// every Linux architecture.
func abortProcess() {
	var dfl [4]uint64
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(syscall.SIGABRT), uintptr(unsafe.Pointer(&dfl)), 0, 8, 0, 0)
	syscall.Tgkill(syscall.Getpid(), syscall.Gettid(), syscall.SIGABRT)
	// Should the signal be blocked on this thread, still end as abort does.
	syscall.Exit(134)
}
