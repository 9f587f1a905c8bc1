//go:build linux || darwin || freebsd

package loop

import (
	"errors"
	"net/netip"
	"syscall"
	"testing"
)

var loopback4 = netip.MustParseAddrPort("127.0.0.1:0")

func bindUDP(t *testing.T, l *Loop, addr netip.AddrPort, cfg UDPConfig) (*UDP, netip.AddrPort) {
	t.Helper()
	u, err := l.NewUDP()
	if err != nil {
		t.Fatal(err)
	}
	if err := u.Bind(addr, cfg); err != nil {
		t.Fatal(err)
	}
	local, err := u.LocalAddr()
	if err != nil {
		t.Fatal(err)
	}
	if local.Port() == 0 {
		t.Fatalf("bound to %v: the kernel chose no port", local)
	}
	return u, local
}

func TestUDP(t *testing.T) {
	t.Run("a datagram sent to a bound socket arrives with its sender's address", func(t *testing.T) {
		l := newLoop(t)
		a, aAddr := bindUDP(t, l, loopback4, UDPConfig{})
		b, bAddr := bindUDP(t, l, loopback4, UDPConfig{})
		r := &recorder{}
		if err := b.RecvStart(func(data []byte, from netip.AddrPort, err error) {
			if err != nil {
				t.Errorf("recv: %v", err)
			}
			if from != aAddr {
				t.Errorf("sender: got %v, want %v", from, aAddr)
			}
			r.add("recv " + string(data))()
			if string(data) == "two" {
				a.Close(r.add("a closed"))
				b.Close(r.add("b closed"))
			}
		}); err != nil {
			t.Fatal(err)
		}
		if err := a.Send([]byte("one"), bAddr, func(err error) {
			if err != nil {
				t.Errorf("send: %v", err)
			}
			r.add("sent one")()
		}); err != nil {
			t.Fatal(err)
		}
		if err := a.TrySend([]byte("two"), bAddr); err != nil {
			t.Fatalf("TrySend: %v", err)
		}
		r.add("tried two")()
		if err := l.Run(RunDefault); err != nil {
			t.Fatal(err)
		}
		checkLog(t, r.log, []string{"tried two", "sent one", "recv one", "recv two", "a closed", "b closed"})
	})

	t.Run("an empty datagram is a message of length 0", func(t *testing.T) {
		l := newLoop(t)
		a, _ := bindUDP(t, l, loopback4, UDPConfig{})
		got := -1
		if err := a.RecvStart(func(data []byte, _ netip.AddrPort, err error) {
			got = len(data)
			a.Close(nil)
		}); err != nil {
			t.Fatal(err)
		}
		aAddr, _ := a.LocalAddr()
		if err := a.TrySend(nil, aAddr); err != nil {
			t.Fatal(err)
		}
		if err := l.Run(RunDefault); err != nil {
			t.Fatal(err)
		}
		if got != 0 {
			t.Errorf("got a datagram of %d bytes, want 0", got)
		}
	})

	t.Run("a connected socket sends to its peer without an address, and disconnects", func(t *testing.T) {
		l := newLoop(t)
		a, _ := bindUDP(t, l, loopback4, UDPConfig{})
		b, bAddr := bindUDP(t, l, loopback4, UDPConfig{})
		if _, err := a.RemoteAddr(); !errors.Is(err, syscall.ENOTCONN) {
			t.Errorf("RemoteAddr before connect: got %v, want ENOTCONN", err)
		}
		if err := a.Connect(bAddr); err != nil {
			t.Fatal(err)
		}
		if peer, err := a.RemoteAddr(); err != nil || peer != bAddr {
			t.Errorf("RemoteAddr: got %v, %v, want %v", peer, err, bAddr)
		}
		var got string
		if err := b.RecvStart(func(data []byte, _ netip.AddrPort, err error) {
			got = string(data)
			b.Close(nil)
		}); err != nil {
			t.Fatal(err)
		}
		if err := a.Send([]byte("to the peer"), netip.AddrPort{}, nil); err != nil {
			t.Fatal(err)
		}
		if err := a.Disconnect(); err != nil {
			t.Fatal(err)
		}
		if _, err := a.RemoteAddr(); !errors.Is(err, syscall.ENOTCONN) {
			t.Errorf("RemoteAddr after disconnect: got %v, want ENOTCONN", err)
		}
		a.Close(nil)
		if err := l.Run(RunDefault); err != nil {
			t.Fatal(err)
		}
		if got != "to the peer" {
			t.Errorf("got %q", got)
		}
	})

	t.Run("binding a port in use fails with EADDRINUSE unless both reuse it", func(t *testing.T) {
		l := newLoop(t)
		_, addr := bindUDP(t, l, loopback4, UDPConfig{})
		u, err := l.NewUDP()
		if err != nil {
			t.Fatal(err)
		}
		if err := u.Bind(addr, UDPConfig{}); !errors.Is(err, syscall.EADDRINUSE) {
			t.Errorf("second bind: got %v, want EADDRINUSE", err)
		}
		// The failed bind left a socket, unbound, as in libuv.
		if got, err := u.LocalAddr(); err != nil || got != netip.MustParseAddrPort("0.0.0.0:0") {
			t.Errorf("address after a failed bind: got %v, %v, want 0.0.0.0:0", got, err)
		}
		_, shared := bindUDP(t, l, loopback4, UDPConfig{ReuseAddr: true})
		if err := u.Bind(shared, UDPConfig{ReuseAddr: true}); err != nil {
			t.Errorf("binding again with ReuseAddr: %v", err)
		}
	})

	t.Run("an unreferenced receiving socket lets the loop exit, a referenced one does not", func(t *testing.T) {
		l := newLoop(t)
		a, _ := bindUDP(t, l, loopback4, UDPConfig{})
		if err := a.RecvStart(func([]byte, netip.AddrPort, error) {}); err != nil {
			t.Fatal(err)
		}
		if !l.Alive() {
			t.Error("a receiving socket does not keep the loop alive")
		}
		a.Unref()
		if l.Alive() {
			t.Error("an unreferenced socket keeps the loop alive")
		}
		if err := l.Run(RunDefault); err != nil {
			t.Fatal(err)
		}
	})

	t.Run("closing with sends queued cancels them before the close callback", func(t *testing.T) {
		l := newLoop(t)
		a, _ := bindUDP(t, l, loopback4, UDPConfig{})
		_, bAddr := bindUDP(t, l, loopback4, UDPConfig{})
		r := &recorder{}
		// The kernel's push-back cannot be forced on loopback, so the
		// queued send is put in place as Send leaves it after EAGAIN.
		a.sends = append(a.sends, &sendReq{buf: []byte("stuck"), to: bAddr, cb: func(err error) {
			if !errors.Is(err, syscall.ECANCELED) {
				t.Errorf("queued send: got %v, want ECANCELED", err)
			}
			r.add("canceled")()
		}})
		l.reqs++
		if err := a.TrySend([]byte("x"), bAddr); !errors.Is(err, syscall.EAGAIN) {
			t.Errorf("TrySend with a queue: got %v, want EAGAIN", err)
		}
		a.Close(r.add("closed"))
		if err := l.Run(RunDefault); err != nil {
			t.Fatal(err)
		}
		checkLog(t, r.log, []string{"canceled", "closed"})
	})

	t.Run("a handle without a socket answers EBADF, and unref before bind holds", func(t *testing.T) {
		l := newLoop(t)
		u, err := l.NewUDP()
		if err != nil {
			t.Fatal(err)
		}
		if err := u.SetTTL(5); !errors.Is(err, syscall.EBADF) {
			t.Errorf("SetTTL: got %v, want EBADF", err)
		}
		if _, err := u.LocalAddr(); !errors.Is(err, syscall.EBADF) {
			t.Errorf("LocalAddr: got %v, want EBADF", err)
		}
		u.Unref()
		if err := u.Bind(loopback4, UDPConfig{}); err != nil {
			t.Fatal(err)
		}
		if err := u.RecvStart(func([]byte, netip.AddrPort, error) {}); err != nil {
			t.Fatal(err)
		}
		if l.Alive() {
			t.Error("a socket unreferenced before its bind keeps the loop alive")
		}
	})

	t.Run("socket options take valid values and refuse bad ones", func(t *testing.T) {
		l := newLoop(t)
		a, _ := bindUDP(t, l, loopback4, UDPConfig{})
		for name, err := range map[string]error{
			"broadcast":          a.SetBroadcast(true),
			"ttl":                a.SetTTL(64),
			"multicast ttl":      a.SetMulticastTTL(2),
			"multicast loopback": a.SetMulticastLoopback(false),
			"recv buffer":        a.SetBufferSize(true, 1<<16),
			"send buffer":        a.SetBufferSize(false, 1<<16),
		} {
			if err != nil {
				t.Errorf("%s: %v", name, err)
			}
		}
		if n, err := a.BufferSize(true); err != nil || n < 1<<16 {
			t.Errorf("recv buffer size: got %d, %v", n, err)
		}
		if err := a.SetTTL(0); !errors.Is(err, syscall.EINVAL) {
			t.Errorf("TTL 0: got %v, want EINVAL", err)
		}
		if err := a.AddMembership(netip.MustParseAddr("1.2.3.4"), netip.Addr{}); !errors.Is(err, syscall.EINVAL) {
			t.Errorf("joining a unicast address: got %v, want EINVAL", err)
		}
		if err := a.DropMembership(netip.MustParseAddr("224.0.0.114"), netip.Addr{}); !errors.Is(err, syscall.EADDRNOTAVAIL) {
			t.Errorf("leaving a group not joined: got %v, want EADDRNOTAVAIL", err)
		}
		a.Close(nil)
		if err := a.SetTTL(5); !errors.Is(err, ErrClosed) {
			t.Errorf("after close: got %v, want ErrClosed", err)
		}
	})
}
