//go:build linux && (amd64 || arm64 || riscv64 || ppc64 || ppc64le || s390x || loong64)

package main

import (
	"os"
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
// SIGVTALRM, SIGXCPU, SIGIO, SIGPWR, SIGSTKFLT, and the real-time signals,
// added by takeDefaultSignalActions) or turns into a goroutine dump and exit
// code 2 (SIGQUIT, SIGABRT, SIGTRAP, SIGSYS). Node leaves them at the
// default, so `kill -USR2` ends it and its parent sees the signal: nodemon
// restarts a child so. Not among them: SIGUSR1 (node's inspector), SIGPIPE
// and SIGXFSZ (node ignores both), SIGPROF (Go's profiler), SIGURG (Go's
// preemption), and SIGSEGV, SIGBUS, SIGFPE and SIGILL, which Go's handler
// must keep to turn a fault in Go code into a panic (sent by kill, they
// still end kiln, with a goroutine dump and exit code 2).
var terminatingSignals = [...]syscall.Signal{syscall.SIGQUIT, syscall.SIGTRAP, syscall.SIGABRT, syscall.SIGUSR2,
	syscall.SIGALRM, syscall.SIGSTKFLT, syscall.SIGXCPU, syscall.SIGVTALRM, syscall.SIGIO, syscall.SIGPWR, syscall.SIGSYS}

// goSignalActions keeps the action Go's runtime installed for each signal
// takeDefaultSignalActions set back to the default (a zero handler for the
// others), for signalWatched to reinstall.
var goSignalActions [65][4]uint64

// takeDefaultSignalActions gives the terminatingSignals their default
// action, so that one arriving while no JavaScript listener watches it
// ends the process as it would end node, and has the event loop hand each
// back to Go's handler while a listener watches it (signalWatched). Go
// offers no call for this: os/signal only ever adds its handler, and
// watching every signal through it at start-up instead started two
// threads and cost some 250 system calls (46 handshakes with the thread
// that keeps Go's signal masks). This is 42 rt_sigaction calls (~7 µs).
func takeDefaultSignalActions() {
	var dfl [4]uint64
	take := func(sig syscall.Signal) {
		syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(sig), uintptr(unsafe.Pointer(&dfl)),
			uintptr(unsafe.Pointer(&goSignalActions[sig])), 8, 0, 0)
	}
	for _, sig := range terminatingSignals {
		take(sig)
	}
	for sig := syscall.Signal(34); sig <= 64; sig++ { // SIGRTMIN (as Linux programs see it) to SIGRTMAX
		take(sig)
	}
	loop.SignalHook = signalWatched
}

// signalWatched is loop.SignalHook: as the first watcher of sig opens, Go's
// handler goes back in before os/signal is asked for it (os/signal would
// not reinstall it: the runtime believes it never left); as the last one
// closes, the default action comes back.
func signalWatched(sig os.Signal, watched bool) {
	s, ok := sig.(syscall.Signal)
	if !ok || s <= 0 || int(s) >= len(goSignalActions) || goSignalActions[s][0] == 0 {
		return
	}
	act := &goSignalActions[s]
	if !watched {
		act = &[4]uint64{}
	}
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(s), uintptr(unsafe.Pointer(act)), 0, 8, 0, 0)
}
