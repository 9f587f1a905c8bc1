//go:build linux && (amd64 || arm64 || riscv64 || ppc64 || ppc64le || s390x || loong64)

package main

import (
	"bytes"
	"os/exec"
	"syscall"
	"testing"
)

// TestInheritedIgnoredSignalsEndKiln starts kiln the way a shell starts a
// background job (SIGINT ignored) or nohup starts its command (SIGHUP
// ignored): node gives those signals their default action back at
// start-up, so a program with no listener is ended by them, and so must
// kiln be, where it used to print "survived" and exit 0. (SIGTERM, whose
// inherited action Go's runtime replaces by its own handler, checks that
// restoreSignalDefaults may leave such signals alone.)
func TestInheritedIgnoredSignalsEndKiln(t *testing.T) {
	for _, tc := range []struct {
		name string
		sig  syscall.Signal
	}{{"SIGINT", syscall.SIGINT}, {"SIGHUP", syscall.SIGHUP}, {"SIGTERM", syscall.SIGTERM}} {
		sig := tc.sig
		t.Run(tc.name+" with no listener ends the process", func(t *testing.T) {
			program := `process.kill(process.pid, '` + tc.name + `'); setTimeout(() => console.log('survived'), 2000)`
			cmd := exec.Command("/bin/sh", "-c", `trap '' INT HUP TERM; exec "$0" -e "$1"`, linkedKiln(t, ""), program)
			var out bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &out
			err := cmd.Run()
			ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus)
			if !ok || !ws.Signaled() || ws.Signal() != sig {
				t.Errorf("kiln ended with %v, want killed by %v; output:\n%s", err, sig, out.String())
			}
		})
	}
}
