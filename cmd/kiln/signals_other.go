//go:build !linux || !(amd64 || arm64 || riscv64 || ppc64 || ppc64le || s390x || loong64)

package main

// restoreSignalDefaults is done on Linux only (see signals_linux.go): Go
// offers no call that sets a signal's action to SIG_DFL, and elsewhere the
// raw system call is not at hand, so there a signal kiln was started with
// ignored stays ignored.
func restoreSignalDefaults() {}

// takeDefaultSignalActions is done on Linux only (see signals_linux.go).
func takeDefaultSignalActions() {}
