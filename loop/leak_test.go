//go:build linux

package loop

import (
	"net/netip"
	"os"
	"runtime"
	"syscall"
	"testing"
	"time"
)

func openFds(t *testing.T) int {
	t.Helper()
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Fatal(err)
	}
	return len(ents)
}

// settledGoroutines waits (boundedly) for exiting goroutines to be gone and
// returns the count once it reaches want or stops falling.
func settledGoroutines(want int) int {
	n := runtime.NumGoroutine()
	for i := 0; i < 200 && n > want; i++ {
		time.Sleep(time.Millisecond)
		n = runtime.NumGoroutine()
	}
	return n
}

func TestCloseLeaksNoGoroutineOrFd(t *testing.T) {
	// os/signal starts one process-wide goroutine on first use; start it
	// before taking the baseline.
	warm := newLoop(t)
	s, err := warm.Signal(syscall.SIGUSR2, func(os.Signal) {})
	if err != nil {
		t.Fatal(err)
	}
	s.Close(nil)

	fds, goroutines := openFds(t), settledGoroutines(0)

	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for range 8 {
		if err := l.QueueWork(func() {}, nil); err != nil {
			t.Fatal(err)
		}
	}
	ln, err := l.Listen(netip.MustParseAddrPort("127.0.0.1:0"), ListenConfig{}, func(*Stream, error) {})
	if err != nil {
		t.Fatal(err)
	}
	addr, _ := ln.Addr()
	if _, err := l.Connect(addr, func(error) {}); err != nil {
		t.Fatal(err)
	}
	socketPair(t, l)
	if _, err := l.Signal(syscall.SIGUSR2, func(os.Signal) {}); err != nil {
		t.Fatal(err)
	}
	// One iteration lets the connection be accepted, so that fd exists too.
	if err := l.Run(RunNoWait); err != nil {
		t.Fatal(err)
	}
	if openFds(t) <= fds {
		t.Fatal("the test opened no fds")
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if got := openFds(t); got != fds {
		t.Errorf("%d fds open after Close, want %d", got, fds)
	}
	if got := settledGoroutines(goroutines); got != goroutines {
		t.Errorf("%d goroutines after Close, want %d", got, goroutines)
	}
}
