package vm

import "testing"

// TestSparseElementsGoSlow checks the density rule of growElems: keys that
// double (an enum of bit flags) end in dictionary elements instead of a
// dense store of millions of holes, while keys written in order, or every
// other one, stay dense.
func TestSparseElementsGoSlow(t *testing.T) {
	for _, tt := range []struct {
		name  string
		key   func(k int) uint32
		count int
		slow  bool
	}{
		{"bit flags 1, 2, 4, ... 1<<22", func(k int) uint32 { return 1 << k }, 23, true},
		{"keys in order", func(k int) uint32 { return uint32(k) }, 100000, false},
		{"every other key", func(k int) uint32 { return uint32(2 * k) }, 100000, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rt := New(Options{})
			ov := rt.NewObject()
			for k := 0; k < tt.count; k++ {
				rt.Set(ov, idxKey(tt.key(k)), Int(k), true)
			}
			o := rt.obj(ov)
			if slow := o.flags&objSlowElems != 0; slow != tt.slow {
				t.Errorf("slow elements = %v, want %v (dense store of %d)", slow, tt.slow, rt.capOf(o.elems))
			}
			if rt.capOf(o.elems) > 1<<18 {
				t.Errorf("a dense store of %d values for %d keys", rt.capOf(o.elems), tt.count)
			}
			last := tt.key(tt.count - 1)
			if got := rt.Get(ov, idxKey(last)); got != Int(tt.count-1) {
				t.Errorf("o[%d] = %v, want %d", last, got, tt.count-1)
			}
		})
	}
}
