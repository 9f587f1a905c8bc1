//go:build unix

package vm

import (
	"runtime"
	"syscall"
	"unsafe"
)

// newRegisterStack returns rt's register stack of n Values. It is mapped
// from the kernel rather than allocated on the Go heap: Values hold no Go
// pointers, a fresh mapping costs one system call and the pages a program
// actually reaches, whereas a 4 MiB Go allocation walks the page
// allocator's structures and faulted in a dozen pages of them at every
// start-up. The mapping is returned when rt is collected.
func newRegisterStack(rt *Runtime, n int) []Value {
	b, err := syscall.Mmap(-1, 0, n*int(unsafe.Sizeof(Value(0))), syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return make([]Value, n)
	}
	runtime.AddCleanup(rt, func(b []byte) { syscall.Munmap(b) }, b)
	return unsafe.Slice((*Value)(unsafe.Pointer(unsafe.SliceData(b))), n)
}
