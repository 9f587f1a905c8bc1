//go:build !linux && !darwin

package stdlib

import "syscall"

// statFS: Kiln reads file system figures on Linux and macOS only so far.
func statFS(path string) ([7]float64, error) { return [7]float64{}, syscall.ENOSYS }
