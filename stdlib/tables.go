package stdlib

// Read-only tables in this package are slice literals, not map literals. A
// map literal is built by package initialisation in every process, whether
// or not the program opens a file or a TLS socket, and touches fresh heap
// pages doing it; a slice of pairs is laid out by the linker and costs
// nothing until it is read.

// entry is one key and value of a table.
type entry[V any] struct {
	k string
	v V
}

// table maps strings to Vs. Lookups scan: these tables hold tens of
// entries and are read once per call into a binding, not in a loop.
type table[V any] []entry[V]

func (t table[V]) get(k string) (V, bool) {
	for _, e := range t {
		if e.k == k {
			return e.v, true
		}
	}
	var zero V
	return zero, false
}
