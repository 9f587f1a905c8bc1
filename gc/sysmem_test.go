package gc

import (
	"reflect"
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
