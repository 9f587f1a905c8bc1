//go:build !unix

package stdlib_test

import "os"

func kilnStdio() (stdout, stderr *os.File) { return os.Stdout, os.Stderr }
