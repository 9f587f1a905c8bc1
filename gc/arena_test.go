package gc

import "testing"

func TestArenaAllocatesByClassAndReuses(t *testing.T) {
	a := NewArena()
	r1, c1 := a.Alloc(3)
	if c1 != 3 {
		t.Fatalf("capacity for 3 = %d, want 3", c1)
	}
	s := a.Slice(r1, 3, c1)
	s[0], s[2] = Int(1), Int(3)
	r2, _ := a.Alloc(3)
	if r2 == r1 {
		t.Fatal("two live allocations share storage")
	}
	if a.Slice(r1, 3, c1)[2] != Int(3) {
		t.Fatal("storage did not keep its value")
	}
	a.Free(r1, c1)
	r3, _ := a.Alloc(3)
	if r3 != r1 {
		t.Errorf("freed storage not reused: got %d, want %d", r3, r1)
	}
	if v := a.Slice(r3, 3, 3)[0]; v != 0 {
		t.Errorf("reused storage not cleared: %v", v)
	}
}

func TestArenaLargeAllocations(t *testing.T) {
	a := NewArena()
	r, c := a.Alloc(maxSmall + 1)
	if r&largeBit == 0 || c != maxSmall+1 {
		t.Fatalf("large allocation: ref %x cap %d", r, c)
	}
	s := a.Slice(r, c, c)
	s[maxSmall] = True
	if a.Slice(r, c, c)[maxSmall] != True {
		t.Fatal("large storage lost a value")
	}
	a.Free(r, c)
	r2, _ := a.Alloc(maxSmall + 5)
	if r2 != r {
		t.Errorf("large slot not reused")
	}
}

func TestArenaFillsBlocks(t *testing.T) {
	a := NewArena()
	seen := map[Ref]bool{}
	for i := 0; i < 3*blockValues/8; i++ {
		r, _ := a.Alloc(8)
		if seen[r] {
			t.Fatalf("ref %d handed out twice", r)
		}
		seen[r] = true
	}
	if a.Bytes() != int64(3*blockValues/8*8*8) {
		t.Errorf("bytes = %d", a.Bytes())
	}
}

func TestTrimFront(t *testing.T) {
	a := NewArena()
	small, _ := a.Alloc(8)
	if a.TrimFront(small, 1) {
		t.Error("TrimFront trimmed a small allocation")
	}
	r, c := a.Alloc(maxSmall + 10)
	s := a.Slice(r, c, c)
	for i := range s {
		s[i] = Int(i)
	}
	before := a.Bytes()
	if !a.TrimFront(r, 3) {
		t.Fatal("TrimFront refused a large allocation")
	}
	c -= 3
	if got := a.Bytes(); got != before-3*8 {
		t.Errorf("Bytes after trimming 3 = %d, want %d", got, before-3*8)
	}
	s = a.Slice(r, c, c)
	if len(s) != maxSmall+7 || s[0] != Int(3) || s[len(s)-1] != Int(maxSmall+9) {
		t.Errorf("after trimming: len %d, first %v, last %v", len(s), s[0], s[len(s)-1])
	}
	a.Free(r, c)
	if got := a.Bytes(); got != before-int64(maxSmall+10)*8 {
		t.Errorf("Bytes after Free = %d, want %d", got, before-int64(maxSmall+10)*8)
	}
}

func TestArenaClassesBoundRounding(t *testing.T) {
	seen := map[int]bool{}
	for n := 1; n <= maxSmall; n++ {
		c := ClassCap(n)
		if c < n || (n > 8 && 4*c > 5*n+12) {
			t.Fatalf("ClassCap(%d) = %d: below the request or more than a quarter over", n, c)
		}
		if ClassCap(c) != c {
			t.Fatalf("ClassCap(%d) = %d, not a class of its own", n, c)
		}
		k := classOf(c)
		if k < 0 || k >= numClasses {
			t.Fatalf("classOf(%d) = %d, out of range", c, k)
		}
		if !seen[c] && seen[-k-1] {
			t.Fatalf("classOf(%d) = %d, shared with another capacity", c, k)
		}
		seen[c], seen[-k-1] = true, true
	}
	for _, n := range []int{1, 3, 5, 8} {
		if c := ClassCap(n); c != n {
			t.Errorf("ClassCap(%d) = %d, want %[1]d: small sizes are exact", n, c)
		}
	}
	if c := ClassCap(10); c != 10 {
		t.Errorf("ClassCap(10) = %d, want 10", c)
	}
	if c := ClassCap(maxSmall); classOf(c) != numClasses-1 {
		t.Errorf("classOf(maxSmall) = %d, want the last class %d", classOf(c), numClasses-1)
	}
}

func TestArenaFullFailsCleanly(t *testing.T) {
	a := NewArena()
	// Fill the block table as a 16 GiB heap would, without the memory.
	for len(a.blocks) < maxBlocks {
		a.blocks = append(a.blocks, nil)
	}
	if r, c := a.Alloc(3); r != 0 || c != 0 {
		t.Fatalf("Alloc on a full arena = %#x, %d; want 0, 0", r, c)
	}
	if r, _ := a.Alloc(maxSmall + 1); r&largeBit == 0 {
		t.Errorf("a large allocation needs no block: got %#x", r)
	}
}

// TestArenaKnowsEachAllocationsCapacity checks Cap, which lets cells keep
// a reference and a length without the capacity.
func TestArenaKnowsEachAllocationsCapacity(t *testing.T) {
	a := NewArena()
	if c := a.Cap(0); c != 0 {
		t.Errorf("Cap(0) = %d, want 0", c)
	}
	for _, n := range []int{1, 3, 8, 9, 17, 100, maxSmall, maxSmall + 1, 3 * maxSmall} {
		r, c := a.Alloc(n)
		if got := a.Cap(r); got != c {
			t.Errorf("Cap of an allocation of %d = %d, want %d", n, got, c)
		}
	}
	r, c := a.Alloc(2 * maxSmall)
	if !a.TrimFront(r, 5) || a.Cap(r) != c-5 {
		t.Errorf("Cap after trimming 5 from %d = %d, want %d", c, a.Cap(r), c-5)
	}
}

// TestArenaPinnedStorage checks AllocPinned: exact capacity (so appending
// copies first), reported by Pinned, and apart from ordinary storage.
func TestArenaPinnedStorage(t *testing.T) {
	a := NewArena()
	r1 := a.AllocPinned(2)
	r2 := a.AllocPinned(4)
	r3 := a.AllocPinned(2)
	o, _ := a.Alloc(2)
	if !a.Pinned(r1) || !a.Pinned(r2) || !a.Pinned(r3) || a.Pinned(o) || a.Pinned(0) {
		t.Fatalf("Pinned: %v %v %v, ordinary %v, none %v", a.Pinned(r1), a.Pinned(r2), a.Pinned(r3), a.Pinned(o), a.Pinned(0))
	}
	if a.Cap(r1) != 2 || a.Cap(r2) != 4 || a.Cap(r3) != 2 {
		t.Errorf("pinned capacities %d %d %d, want 2 4 2", a.Cap(r1), a.Cap(r2), a.Cap(r3))
	}
	a.Slice(r1, 2, 2)[1] = True
	if a.Slice(r3, 2, 2)[0] != 0 || a.Slice(r2, 4, 4)[0] != 0 {
		t.Error("pinned allocations overlap")
	}
	for i := 0; i < 2*pinnedValues; i++ {
		if r := a.AllocPinned(3); a.Cap(r) != 3 {
			t.Fatalf("pinned allocation %d has capacity %d", i, a.Cap(r))
		}
	}
}
