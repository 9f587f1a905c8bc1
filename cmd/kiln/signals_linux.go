//go:build linux && (amd64 || arm64 || riscv64 || ppc64 || ppc64le || s390x || loong64)

package main

import (
	"syscall"
	"unsafe"
)

// restoreSignalDefaults gives the default action back to every signal kiln
// was started with ignored, as node does at start-up: a shell starts a
// background job (`kiln server.js &`) with SIGINT ignored and nohup starts
// its command with SIGHUP ignored, and node is still ended by those
// signals when no listener is installed. Go's runtime keeps an inherited
// SIG_IGN for SIGHUP and SIGINT (it installs its own handler for the
// others), so without this `kill -INT` left such a kiln running. SIGPIPE
// and SIGXFSZ stay as they are: node ignores both. Only an ignored action
// is changed; a handler Go installed is not touched, and os/signal picks
// up the default when a listener comes (it reads the action it replaces).
//
// Only the signals whose inherited action Go's runtime keeps are looked
// at: SIGHUP and SIGINT when ignored, and the job-control signals it never
// handles unasked (SIGCONT, SIGTSTP, SIGTTIN, SIGTTOU). Every other one
// already has Go's handler, which ends the process as the default action
// would; asking all 64 was 60 system calls at every start.
//
// The kernel's struct sigaction starts with the handler on the
// architectures this file builds for; SIG_IGN is 1 and an all-zero action
// is SIG_DFL. The signal mask is 8 bytes.
func restoreSignalDefaults() {
	const sigIgn = 1
	for _, sig := range [...]syscall.Signal{syscall.SIGHUP, syscall.SIGINT, syscall.SIGCONT, syscall.SIGTSTP, syscall.SIGTTIN, syscall.SIGTTOU} {
		var old, dfl [4]uint64
		if _, _, errno := syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(sig), 0, uintptr(unsafe.Pointer(&old)), 8, 0, 0); errno != 0 || old[0] != sigIgn {
			continue
		}
		syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&dfl)), 0, 8, 0, 0)
	}
}
