//go:build !unix

package vm

// newRegisterStack returns rt's register stack of n Values (see
// stackmem_unix.go).
func newRegisterStack(rt *Runtime, n int) []Value { return make([]Value, n) }
