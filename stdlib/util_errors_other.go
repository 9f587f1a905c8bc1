//go:build !linux

package stdlib

// systemErrors is, off Linux, the errors Kiln itself reports (uvErrors):
// libuv's codes there are the platform's errno values, which this table
// takes from syscall rather than copying Linux's numbers.
var systemErrors = func() []systemError {
	out := make([]systemError, 0, len(uvErrors))
	for _, e := range uvErrors {
		out = append(out, systemError{-int(e.errno), e.code, e.desc})
	}
	return out
}()
