//go:build !unix

package main

import "os"

// stdio returns the files kiln writes its standard output and error
// through (see stdio_unix.go: only Unix has SIGPIPE).
func stdio() (stdout, stderr *os.File) { return os.Stdout, os.Stderr }
