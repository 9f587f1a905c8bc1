//go:build !linux

package stdlib

import "os"

// abortProcess ends the process with abort(3)'s exit status. Restoring the
// default SIGABRT action (which Go's runtime takes over) is done on Linux
// only; elsewhere the status is the same but no core file is written.
func abortProcess() { os.Exit(134) }

// trapProcess ends the process with the status a SIGTRAP gives (see the
// Linux version).
func trapProcess() { os.Exit(133) }
