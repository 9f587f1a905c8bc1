//go:build unix

package gc

import "syscall"

// sysMap maps n bytes (a multiple of the page size) of zeroed memory from
// the kernel, or returns nil.
func sysMap(n int) []byte {
	b, err := syscall.Mmap(-1, 0, n, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		return nil
	}
	return b
}

func sysUnmap(b []byte) { syscall.Munmap(b) }
