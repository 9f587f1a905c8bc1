package loop

import (
	"errors"
	"net/netip"
	"syscall"
	"testing"
)

func TestUDPSourceMembership(t *testing.T) {
	l := newLoop(t)
	t.Run("an IPv4 source-specific group is joined once and left once", func(t *testing.T) {
		u, _ := bindUDP(t, l, netip.MustParseAddrPort("0.0.0.0:0"), UDPConfig{})
		src, group, lo := netip.MustParseAddr("127.0.0.1"), netip.MustParseAddr("232.1.1.1"), netip.MustParseAddr("127.0.0.1")
		if err := u.AddSourceMembership(src, group, lo); err != nil {
			t.Fatalf("join: %v", err)
		}
		if err := u.AddSourceMembership(src, group, lo); !errors.Is(err, syscall.EADDRNOTAVAIL) {
			t.Errorf("joining twice: got %v, want EADDRNOTAVAIL", err)
		}
		if err := u.DropSourceMembership(src, group, lo); err != nil {
			t.Errorf("leave: %v", err)
		}
		if err := u.DropSourceMembership(src, group, lo); !errors.Is(err, syscall.EINVAL) {
			t.Errorf("leaving twice: got %v, want EINVAL", err)
		}
		u.Close(nil)
	})
	t.Run("an IPv6 source-specific group is joined once and left once", func(t *testing.T) {
		u, err := l.NewUDP()
		if err != nil {
			t.Fatal(err)
		}
		if err := u.Bind(netip.MustParseAddrPort("[::]:0"), UDPConfig{}); err != nil {
			t.Skipf("no IPv6 here: %v", err)
		}
		src, group := netip.MustParseAddr("::1"), netip.MustParseAddr("ff3e::1234")
		if err := u.AddSourceMembership(src, group, netip.Addr{}); err != nil {
			t.Fatalf("join: %v", err)
		}
		if err := u.DropSourceMembership(src, group, netip.Addr{}); err != nil {
			t.Errorf("leave: %v", err)
		}
		if err := u.DropSourceMembership(src, group, netip.Addr{}); !errors.Is(err, syscall.EINVAL) {
			t.Errorf("leaving twice: got %v, want EINVAL", err)
		}
		u.Close(nil)
	})
}
