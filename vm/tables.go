package vm

// Read-only tables in this package are slice literals, not map literals. A
// map literal is built by package initialisation in every process, Intl or
// no Intl, and touches fresh heap pages doing it; a slice of pairs is laid
// out by the linker and costs nothing until it is read. Tables that cannot
// be written as constants (they call functions, or nest maps) are
// lazy.Values instead.

// entry is one key and value of a table.
type entry[V any] struct {
	k string
	v V
}

// table maps strings to Vs. Lookups scan: these tables hold tens of
// entries and are read when a formatter is created, not per character.
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
