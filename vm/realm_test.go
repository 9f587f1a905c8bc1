package vm

import (
	"testing"
	"unsafe"
)

// The realm index sits in the padding after Object.class, and a storage
// reference is a Ref and a length (the arena knows capacities): every
// object, closure and environment pays for the cell, so growing it is a
// decision to take on purpose, measured per value against node.
func TestObjectCellKeepsItsSize(t *testing.T) {
	if got := unsafe.Sizeof(Object{}); got != 64 {
		t.Errorf("Object is %d bytes, want 64", got)
	}
}
