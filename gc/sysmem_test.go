package gc

import (
	"math"
	"reflect"
	"runtime"
	"runtime/debug"
	"testing"
	"unsafe"
)

func TestHasPointers(t *testing.T) {
	type plain struct {
		a uint32
		v [3]Value
		f float64
	}
	type withString struct {
		n int
		s string
	}
	type nested struct {
		p [2]plain
		w [1]withString
	}
	for _, c := range []struct {
		t    reflect.Type
		want bool
	}{
		{reflect.TypeFor[plain](), false},
		{reflect.TypeFor[[0]*int](), false},
		{reflect.TypeFor[withString](), true},
		{reflect.TypeFor[nested](), true},
		{reflect.TypeFor[[]Value](), true},
		{reflect.TypeFor[any](), true},
		{reflect.TypeFor[unsafe.Pointer](), true},
	} {
		if got := hasPointers(c.t); got != c.want {
			t.Errorf("hasPointers(%v) = %v, want %v", c.t, got, c.want)
		}
	}
}

// TestSysMem checks that memory from sysMem is zeroed, aligned, distinct
// per allocation, and that an allocation larger than a region gets one of
// its own.
func TestSysMem(t *testing.T) {
	m := &sysMem{}
	seen := map[uintptr]bool{}
	for _, n := range []int{8, 64, 65792, sysRegion - 8, 3 * sysRegion, 16} {
		p := m.alloc(n)
		if uintptr(p)%8 != 0 || seen[uintptr(p)] {
			t.Fatalf("alloc(%d) = %p: misaligned or handed out twice", n, p)
		}
		seen[uintptr(p)] = true
		b := unsafe.Slice((*byte)(p), n)
		for i := range b {
			if b[i] != 0 {
				t.Fatalf("alloc(%d): byte %d is %d, not zero", n, i, b[i])
			}
			b[i] = 0xff
		}
	}
}

// TestPlainSpaceOutsideGoHeap checks that a space of pointer-free cells
// takes its chunks from sysMem and one of cells with pointers does not.
func TestPlainSpaceOutsideGoHeap(t *testing.T) {
	var plain Space[plainCell, *plainCell]
	plain.Alloc()
	if plain.kind != kindPlain || plain.mem == nil {
		t.Errorf("a space of pointer-free cells: kind %d, mem %v", plain.kind, plain.mem)
	}
	var ptrs Space[testCell, *testCell]
	ptrs.Alloc()
	if ptrs.kind != kindPointers || ptrs.mem != nil {
		t.Errorf("a space of cells with pointers: kind %d, mem %v", ptrs.kind, ptrs.mem)
	}
}

type plainCell struct {
	n    int
	v, w Value
}

func (c *plainCell) Trace(m *Marker) { m.Mark(c.v); m.Mark(c.w) }
func (c *plainCell) Reset()          { *c = plainCell{} }

// TestMappedRegionsLowerGoLimit checks that a region sysMem maps comes off
// Go's memory limit when one is set, that no limit stays none, and that a
// limit never goes below zero and comes back as it was. (A cleanup of
// another test's regions could raise the limit between two of these lines;
// each check reads it right after the change it checks.)
func TestMappedRegionsLowerGoLimit(t *testing.T) {
	const limit = 1 << 40
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))

	debug.SetMemoryLimit(limit)
	m := &sysMem{}
	m.alloc(8)
	want := int64(limit - sysRegion)
	if len(m.regs.maps) == 0 {
		want = limit // the Go heap gave the region: Go counts it already
	}
	if got := debug.SetMemoryLimit(-1); got != want {
		t.Errorf("after mapping a region under a limit of %d: limit %d, want %d", limit, got, want)
	}

	debug.SetMemoryLimit(math.MaxInt64)
	m.alloc(sysRegion)
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("after mapping a region with no limit: limit %d, want none", got)
	}

	debug.SetMemoryLimit(sysRegion)
	moveGoLimit(-2 * sysRegion)
	if got := debug.SetMemoryLimit(-1); got != 0 {
		t.Errorf("a limit lowered past zero is %d, want 0", got)
	}
	// Unmapping what was mapped gives the limit back as it was, not what
	// the regions would add to zero.
	moveGoLimit(sysRegion)
	if got := debug.SetMemoryLimit(-1); got != 0 {
		t.Errorf("after unmapping half of what took the limit past zero: %d, want 0", got)
	}
	moveGoLimit(sysRegion)
	if got := debug.SetMemoryLimit(-1); got != sysRegion {
		t.Errorf("after unmapping all of it: %d, want the limit it started at, %d", got, sysRegion)
	}
	runtime.KeepAlive(m)
}
