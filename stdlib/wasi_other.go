//go:build !unix

package stdlib

import "os"

// hostFile gives no file for a descriptor other than 0, 1 and 2 as a
// WASI's stdio where descriptors are not the OS's handles: its fd calls
// get EBADF.
func hostFile(int) *os.File { return nil }
