package vm

import (
	"sync"
	"testing"
	"unsafe"
)

func TestAtomicUpdateTouchesOnlyItsElement(t *testing.T) {
	tests := []struct {
		name       string
		off, size  int
		add        uint64
		want       [8]byte
		wantOldHex uint64
	}{
		{"a byte at the start of a word wraps within itself", 0, 1, 0x02, [8]byte{0x01, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77}, 0xff},
		{"a byte in the middle of a word", 2, 1, 0x01, [8]byte{0xff, 0x11, 0x23, 0x33, 0x44, 0x55, 0x66, 0x77}, 0x22},
		{"the last byte of a word does not carry out", 3, 1, 0xcd, [8]byte{0xff, 0x11, 0x22, 0x00, 0x44, 0x55, 0x66, 0x77}, 0x33},
		{"a 16-bit element in the high half of a word", 6, 2, 0x0101, [8]byte{0xff, 0x11, 0x22, 0x33, 0x44, 0x55, 0x67, 0x78}, 0x7766},
		{"a 32-bit element", 4, 4, 1, [8]byte{0xff, 0x11, 0x22, 0x33, 0x45, 0x55, 0x66, 0x77}, 0x77665544},
		{"a 64-bit element", 0, 8, 1, [8]byte{0x00, 0x12, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77}, 0x77665544332211ff},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newSharedBytes(8)
			copy(b, []byte{0xff, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77})
			elem := b[tt.off : tt.off+tt.size]
			if old := atomicUpdate(elem, func(old uint64) uint64 { return old + tt.add }); old != tt.wantOldHex {
				t.Errorf("old value %#x, want %#x", old, tt.wantOldHex)
			}
			if [8]byte(b) != tt.want {
				t.Errorf("memory % x, want % x", b, tt.want)
			}
			if got, want := atomicLoad(elem), rawBits(tt.want[tt.off:tt.off+tt.size]); got != want {
				t.Errorf("load %#x, want %#x", got, want)
			}
		})
	}
}

func TestNewSharedBytesIsAlignedAndPadded(t *testing.T) {
	for _, n := range []int{1, 2, 3, 5, 8, 13} {
		b := newSharedBytes(n)
		if len(b) != n || cap(b) != n {
			t.Errorf("newSharedBytes(%d) has len %d cap %d", n, len(b), cap(b))
		}
		// 8-aligned and padded to 8 bytes, the last byte's 32-bit word lies
		// inside the allocation, so its CAS touches no other object.
		if p := uintptr(unsafe.Pointer(&b[0])); p%8 != 0 {
			t.Errorf("newSharedBytes(%d) is at %#x", n, p)
		}
		atomicUpdate(b[n-1:], func(old uint64) uint64 { return old + 1 })
		if b[n-1] != 1 {
			t.Errorf("newSharedBytes(%d): last byte %d after an add", n, b[n-1])
		}
	}
}

// TestAtomicUpdateFromManyGoroutines updates neighbouring bytes of one word
// from several goroutines: a lost update shows in the totals, and -race
// reports any access the atomics do not cover.
func TestAtomicUpdateFromManyGoroutines(t *testing.T) {
	const goroutines, rounds = 4, 5000
	b := newSharedBytes(8)
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range rounds {
				atomicUpdate(b[g:g+1], func(old uint64) uint64 { return old + 1 })
				atomicUpdate(b[4:6], func(old uint64) uint64 { return old + 1 })
				atomicUpdate(b[6:7], func(old uint64) uint64 { return old - 1 })
			}
		}()
	}
	wg.Wait()
	for g := range goroutines {
		if got := atomicLoad(b[g : g+1]); got != rounds%256 {
			t.Errorf("byte %d is %d, want %d", g, got, rounds%256)
		}
	}
	if got := atomicLoad(b[4:6]); got != goroutines*rounds {
		t.Errorf("16-bit counter %d, want %d", got, goroutines*rounds)
	}
	if got, want := atomicLoad(b[6:7]), uint64(256-goroutines*rounds%256); got != want {
		t.Errorf("byte counting down is %d, want %d", got, want)
	}
}
