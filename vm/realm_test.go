package vm

import (
	"testing"
	"unsafe"
)

// The realm index sits in the padding after Object.class: recording it must
// not grow the cell, which every object pays for and allocation accounts.
func TestObjectCellKeepsItsSize(t *testing.T) {
	if got := unsafe.Sizeof(Object{}); got != 72 {
		t.Errorf("Object is %d bytes, want 72", got)
	}
}
