//go:build linux && (amd64 || arm64 || riscv64 || ppc64 || ppc64le || s390x || loong64)

package main

import (
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"unsafe"

	"github.com/kilnjs/kiln/loop"
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
// already has Go's handler (takeDefaultSignalActions makes it end the
// process as the default action would); asking all 64 was 60 system calls
// at every start.
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

// terminatingSignals are the signals whose default action ends the process
// but which Go's runtime, unasked, catches and ignores (SIGUSR2, SIGALRM,
// SIGVTALRM, SIGXCPU, SIGIO, SIGPWR, SIGSTKFLT, the real-time signals) or
// turns into a goroutine dump and exit code 2 (SIGQUIT, SIGABRT, SIGTRAP,
// SIGSYS, and SIGILL, SIGBUS, SIGFPE and SIGSEGV when another process sends
// them). Node leaves them at the default, so `kill -USR2` ends it and its
// parent sees the signal: nodemon restarts a child so. SIGUSR1 (node's
// inspector), SIGPIPE and SIGXFSZ (ignored by node) and SIGPROF (Go's
// profiler) are not among them.
var terminatingSignals = func() []os.Signal {
	sigs := []os.Signal{syscall.SIGQUIT, syscall.SIGILL, syscall.SIGTRAP, syscall.SIGABRT, syscall.SIGBUS,
		syscall.SIGFPE, syscall.SIGSEGV, syscall.SIGUSR2, syscall.SIGALRM, syscall.SIGSTKFLT, syscall.SIGXCPU,
		syscall.SIGVTALRM, syscall.SIGIO, syscall.SIGPWR, syscall.SIGSYS}
	for rt := syscall.Signal(34); rt <= 64; rt++ {
		sigs = append(sigs, rt)
	}
	return sigs
}()

// takeDefaultSignalActions carries out the default action of the
// terminatingSignals for the program: one that arrives while no
// JavaScript listener watches it (loop.Watched) ends the process by that
// signal, as it would end node. Go's handler stays installed, so a listener
// added later still gets the signal.
func takeDefaultSignalActions() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, terminatingSignals...)
	go func() {
		for sig := range ch {
			if !loop.Watched(sig) {
				dieBySignal(sig.(syscall.Signal))
			}
		}
	}()
}

// dieBySignal ends the process by sig: its action is set back to the
// default (an all-zero sigaction) and the signal raised on this thread,
// unblocked. Should it somehow not end the process, the exit status is the
// one a shell gives a death by sig.
func dieBySignal(sig syscall.Signal) {
	var dfl [4]uint64
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&dfl)), 0, 8, 0, 0)
	var unblock [1]uint64
	unblock[0] = 1 << (uint(sig) - 1)
	const sigUnblock = 1
	runtime.LockOSThread()
	syscall.RawSyscall6(syscall.SYS_RT_SIGPROCMASK, sigUnblock, uintptr(unsafe.Pointer(&unblock)), 0, 8, 0, 0)
	syscall.Tgkill(syscall.Getpid(), syscall.Gettid(), sig)
	os.Exit(128 + int(sig))
}
