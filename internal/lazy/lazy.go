// Package lazy holds package-level values that are built on first use.
//
// Every process runs the package initialisation of everything linked into
// the binary, so a table written as a map literal, or computed by a
// function call, costs every run of `kiln hi.js` its construction and the
// heap pages it touches, whether or not the program ever reads it. A
// Value written as a composite literal with a func literal holding no
// captured variables is laid out by the linker instead: nothing runs until
// Get.
//
// sync.OnceValue does the same job but is itself a call, so a package-level
// `var t = sync.OnceValue(...)` still allocates during initialisation.
package lazy

import "sync"

// Value is a T built by New the first time Get is called. Declare it as a
// package-level variable and use it through a pointer; it must not be
// copied.
type Value[T any] struct {
	New  func() T
	once sync.Once
	v    T
}

// Get returns the value, building it on the first call. It is safe for
// concurrent use.
func (l *Value[T]) Get() T {
	l.once.Do(func() { l.v = l.New() })
	return l.v
}
