//go:build linux || darwin || freebsd

package loop

import (
	"bytes"
	"errors"
	"io"
	"net/netip"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"
)

// socketPair returns two connected streams on an AF_UNIX socket pair.
func socketPair(t *testing.T, l *Loop) (*Stream, *Stream) {
	t.Helper()
	fds, err := unix.Socketpair(unix.AF_UNIX, unix.SOCK_STREAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	a, err := l.NewStream(fds[0])
	if err != nil {
		t.Fatal(err)
	}
	b, err := l.NewStream(fds[1])
	if err != nil {
		t.Fatal(err)
	}
	return a, b
}

// readAll reads s until EOF into a buffer, then closes it.
func readAll(t *testing.T, s *Stream, got *bytes.Buffer, onEOF func()) {
	t.Helper()
	if err := s.ReadStart(func(data []byte, err error) {
		switch {
		case errors.Is(err, io.EOF):
			s.Close(onEOF)
		case err != nil:
			t.Errorf("read: %v", err)
			s.Close(nil)
		default:
			got.Write(data)
		}
	}); err != nil {
		t.Fatal(err)
	}
}

func TestStreamOverSocketPair(t *testing.T) {
	t.Run("bytes written on one end arrive at the other, then EOF after shutdown", func(t *testing.T) {
		l := newLoop(t)
		a, b := socketPair(t, l)
		var got bytes.Buffer
		r := &recorder{}
		readAll(t, b, &got, r.add("b closed"))
		for _, s := range []string{"hello, ", "event ", "loop"} {
			if err := a.Write([]byte(s), func(err error) {
				if err != nil {
					t.Errorf("write: %v", err)
				}
				r.add("wrote " + s)()
			}); err != nil {
				t.Fatal(err)
			}
		}
		if err := a.Shutdown(func(err error) {
			if err != nil {
				t.Errorf("shutdown: %v", err)
			}
			r.add("shut")()
			a.Close(nil)
		}); err != nil {
			t.Fatal(err)
		}
		if err := a.Write([]byte("late"), nil); !errors.Is(err, syscall.EPIPE) {
			t.Errorf("write after shutdown: got %v, want EPIPE", err)
		}
		run(t, l)
		if got.String() != "hello, event loop" {
			t.Errorf("read %q", got.String())
		}
		checkLog(t, r.log, []string{"wrote hello, ", "wrote event ", "wrote loop", "shut", "b closed"})
	})
	t.Run("a large write goes through the EAGAIN path and arrives whole", func(t *testing.T) {
		l := newLoop(t)
		a, b := socketPair(t, l)
		big := make([]byte, 8<<20)
		for i := range big {
			big[i] = byte(i * 7)
		}
		var got bytes.Buffer
		readAll(t, b, &got, nil)
		writes := 0
		if err := a.Write(big, func(err error) {
			writes++
			if err != nil {
				t.Errorf("write: %v", err)
			}
			a.Close(nil)
		}); err != nil {
			t.Fatal(err)
		}
		if a.WriteQueueSize() == 0 {
			t.Fatal("8 MiB fit in the socket buffer; the EAGAIN path was not taken")
		}
		run(t, l)
		if writes != 1 {
			t.Errorf("write callback ran %d times", writes)
		}
		if !bytes.Equal(got.Bytes(), big) {
			t.Errorf("read %d bytes, want the %d written", got.Len(), len(big))
		}
	})
	t.Run("closing with writes queued cancels them before the close callback", func(t *testing.T) {
		l := newLoop(t)
		a, b := socketPair(t, l)
		r := &recorder{}
		big := make([]byte, 8<<20)
		if err := a.Write(big, func(err error) {
			if !errors.Is(err, syscall.ECANCELED) {
				t.Errorf("write: got %v, want ECANCELED", err)
			}
			r.add("write canceled")()
		}); err != nil {
			t.Fatal(err)
		}
		a.Close(r.add("closed"))
		b.Close(nil)
		run(t, l)
		checkLog(t, r.log, []string{"write canceled", "closed"})
	})
	t.Run("an unreferenced reading stream lets the loop exit", func(t *testing.T) {
		l := newLoop(t)
		a, _ := socketPair(t, l)
		if err := a.ReadStart(func([]byte, error) { t.Error("read callback ran") }); err != nil {
			t.Fatal(err)
		}
		a.Unref()
		run(t, l)
	})
	t.Run("a second handle on the same fd is refused", func(t *testing.T) {
		l := newLoop(t)
		a, _ := socketPair(t, l)
		if _, err := l.NewPoll(a.Fd()); !errors.Is(err, syscall.EEXIST) {
			t.Errorf("got %v, want EEXIST", err)
		}
	})
}

func TestPollHandleReportsReadiness(t *testing.T) {
	l := newLoop(t)
	var fds [2]int
	if err := unix.Pipe(fds[:]); err != nil {
		t.Fatal(err)
	}
	defer unix.Close(fds[0])
	defer unix.Close(fds[1])
	p, err := l.NewPoll(fds[0])
	if err != nil {
		t.Fatal(err)
	}
	var got []Events
	if err := p.Start(Readable, func(ev Events) {
		got = append(got, ev)
		p.Close(nil)
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := unix.Write(fds[1], []byte("x")); err != nil {
		t.Fatal(err)
	}
	run(t, l)
	if len(got) != 1 || got[0]&Readable == 0 {
		t.Errorf("events %v, want one Readable", got)
	}
}

func TestTCPEchoOverLoopback(t *testing.T) {
	l := newLoop(t)
	r := &recorder{}
	listenerClosed := false
	var ln *Listener
	ln, err := l.Listen(netip.MustParseAddrPort("127.0.0.1:0"), ListenConfig{}, func(conn *Stream, err error) {
		if err != nil {
			t.Errorf("accept: %v", err)
			return
		}
		r.add("accepted")()
		ln.Close(func() { listenerClosed = true })
		if err := conn.ReadStart(func(data []byte, err error) {
			switch {
			case errors.Is(err, io.EOF):
				r.add("server EOF")()
				conn.Close(nil)
			case err != nil:
				t.Errorf("server read: %v", err)
				conn.Close(nil)
			default:
				// The buffer is the loop's: copy before queueing it.
				if err := conn.Write(bytes.Clone(data), nil); err != nil {
					t.Errorf("echo: %v", err)
				}
			}
		}); err != nil {
			t.Error(err)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	addr, err := ln.Addr()
	if err != nil || addr.Port() == 0 {
		t.Fatalf("Addr: %v, %v", addr, err)
	}
	var echoed bytes.Buffer
	const msg = "ping over epoll"
	client, err := l.Connect(addr, func(err error) {
		if err != nil {
			t.Errorf("connect: %v", err)
			return
		}
		r.add("connected")()
	})
	if err != nil {
		t.Fatal(err)
	}
	// Writes and reads may start before the connection is made.
	if err := client.Write([]byte(msg), nil); err != nil {
		t.Fatal(err)
	}
	if err := client.ReadStart(func(data []byte, err error) {
		if err != nil {
			if !errors.Is(err, io.EOF) {
				t.Errorf("client read: %v", err)
			}
			client.Close(r.add("client closed"))
			return
		}
		echoed.Write(data)
		if echoed.Len() == len(msg) {
			if err := client.Shutdown(nil); err != nil {
				t.Error(err)
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	run(t, l)
	if echoed.String() != msg {
		t.Errorf("echoed %q, want %q", echoed.String(), msg)
	}
	// Connect and accept complete in the same poll; their order is epoll's.
	if len(r.log) >= 2 && r.log[0] == "accepted" {
		r.log[0], r.log[1] = r.log[1], r.log[0]
	}
	checkLog(t, r.log, []string{"connected", "accepted", "server EOF", "client closed"})
	if !listenerClosed {
		t.Error("listener close callback did not run")
	}
}

func TestConnectRefusedReportsTheError(t *testing.T) {
	l := newLoop(t)
	// Find a port nobody listens on by binding and closing a listener.
	ln, err := l.Listen(netip.MustParseAddrPort("127.0.0.1:0"), ListenConfig{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	addr, _ := ln.Addr()
	ln.Close(nil)
	var got error
	s, err := l.Connect(addr, func(err error) { got = err })
	if err != nil {
		t.Fatal(err)
	}
	run(t, l)
	s.Close(nil)
	run(t, l)
	if !errors.Is(got, syscall.ECONNREFUSED) {
		t.Errorf("got %v, want ECONNREFUSED", got)
	}
}

func TestUnixSocketCarriesDataAndItsFileGoesWithTheListener(t *testing.T) {
	l := newLoop(t)
	path := filepath.Join(t.TempDir(), "s.sock")
	var ln *Listener
	var got bytes.Buffer
	ln, err := l.ListenUnix(path, ListenConfig{}, func(conn *Stream, err error) {
		if err != nil {
			t.Errorf("accept: %v", err)
			return
		}
		ln.Close(nil)
		readAll(t, conn, &got, nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.ListenUnix(path, ListenConfig{}, nil); !errors.Is(err, syscall.EADDRINUSE) {
		t.Errorf("second listen: got %v, want EADDRINUSE", err)
	}
	client, err := l.ConnectUnix(path, func(err error) {
		if err != nil {
			t.Errorf("connect: %v", err)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := client.Write([]byte("over a socket file"), nil); err != nil {
		t.Fatal(err)
	}
	if err := client.Shutdown(func(error) { client.Close(nil) }); err != nil {
		t.Fatal(err)
	}
	run(t, l)
	if got.String() != "over a socket file" {
		t.Errorf("got %q", got.String())
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("socket file after close: %v, want it gone", err)
	}
	var connErr error
	s, err := l.ConnectUnix(path, func(err error) { connErr = err })
	if err != nil {
		t.Fatal(err)
	}
	run(t, l)
	s.Close(nil)
	run(t, l)
	if !errors.Is(connErr, syscall.ENOENT) {
		t.Errorf("connect to a removed socket: got %v, want ENOENT", connErr)
	}
}

func TestSignalIsDeliveredOnTheLoop(t *testing.T) {
	l := newLoop(t)
	var got []os.Signal
	var s *Signal
	s, err := l.Signal(syscall.SIGUSR1, func(sig os.Signal) {
		got = append(got, sig)
		s.Close(nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Kill(os.Getpid(), syscall.SIGUSR1); err != nil {
		t.Fatal(err)
	}
	run(t, l)
	if len(got) != 1 || got[0] != syscall.SIGUSR1 {
		t.Errorf("got %v, want one SIGUSR1", got)
	}
}

// A worker completion is reported where the wake-up sits among the poller's
// reports, as libuv's async handle is: data that reached a socket before the
// worker finished is read first, however fast the worker was. (zlib's
// deflate in one ws peer used to overtake the other peer's pong.)
func TestWorkCompletionWaitsBehindEarlierIO(t *testing.T) {
	l := newLoop(t)
	r := &recorder{}
	a, b := socketPair(t, l)
	c, d := socketPair(t, l)
	if err := d.ReadStart(func(data []byte, err error) {
		r.add("read " + string(data))()
		d.ReadStop()
	}); err != nil {
		t.Fatal(err)
	}
	if err := b.ReadStart(func(data []byte, err error) {
		b.ReadStop()
		// The other socket becomes readable first, then the work is
		// posted; the callback waits until the post has landed, so only
		// the order of the reports decides.
		if _, err := unix.Write(c.Fd(), []byte("pong")); err != nil {
			t.Error(err)
		}
		posted := make(chan struct{})
		if err := l.QueueWork(func() {}, r.add("work done")); err != nil {
			t.Error(err)
		}
		go func() {
			for l.postedLen() == 0 {
				runtime.Gosched()
			}
			close(posted)
		}()
		<-posted
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := unix.Write(a.Fd(), []byte("ping")); err != nil {
		t.Fatal(err)
	}
	run(t, l)
	checkLog(t, r.log, []string{"read pong", "work done"})
	for _, s := range []*Stream{a, b, c, d} {
		s.Close(nil)
	}
	run(t, l)
}
