//go:build !unix

package gc

// sysMap returns nil where Kiln does not map memory itself: the Go heap
// provides it (see sysMem.alloc).
func sysMap(n int) []byte { return nil }

func sysUnmap([]byte) {}
