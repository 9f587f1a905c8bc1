//go:build linux && (amd64 || arm64 || riscv64 || ppc64 || ppc64le || s390x || loong64)

package main

import (
	"bytes"
	"os/exec"
	"strconv"
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

// TestTerminatingSignalsEndKiln sends kiln the signals Go's runtime would
// catch and ignore (SIGUSR2, SIGALRM, a real-time signal) or turn into a
// goroutine dump with exit code 2 (SIGQUIT, SIGABRT, SIGSYS).
// Node leaves them at their default action, so it dies by each, and
// nodemon restarting its child with SIGUSR2 left kiln children running.
// A listener takes the signal instead, as on node; once it is removed, the
// next delivery ends the process.
func TestTerminatingSignalsEndKiln(t *testing.T) {
	for _, tc := range []struct {
		name string
		sig  syscall.Signal
	}{{"SIGUSR2", syscall.SIGUSR2}, {"SIGALRM", syscall.SIGALRM}, {"SIGQUIT", syscall.SIGQUIT},
		{"SIGABRT", syscall.SIGABRT}, {"SIGSYS", syscall.SIGSYS}, {"40", syscall.Signal(40)}, {"64", syscall.Signal(64)}} {
		sig := tc.sig
		t.Run(tc.name, func(t *testing.T) {
			program := `process.kill(process.pid, ` + strconv.Itoa(int(sig)) + `); setTimeout(() => console.log('survived'), 2000)`
			cmd := exec.Command(linkedKiln(t, ""), "-e", program)
			out, err := cmd.CombinedOutput()
			ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus)
			if !ok || !ws.Signaled() || ws.Signal() != sig {
				t.Errorf("kiln ended with %v, want killed by %v; output:\n%s", err, sig, out)
			}
		})
	}
	t.Run("a worker's listener does not take SIGUSR2", func(t *testing.T) {
		program := `const { Worker } = require('worker_threads');
const w = new Worker("process.on('SIGUSR2', () => console.log('worker listener')); require('worker_threads').parentPort.postMessage('ready'); setTimeout(() => {}, 2000);", { eval: true });
w.on('message', () => { console.log('kill'); process.kill(process.pid, 'SIGUSR2'); });`
		cmd := exec.Command(linkedKiln(t, ""), "-e", program)
		out, err := cmd.CombinedOutput()
		ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus)
		if !ok || !ws.Signaled() || ws.Signal() != syscall.SIGUSR2 || string(out) != "kill\n" {
			t.Errorf("kiln ended with %v, want killed by SIGUSR2 with no worker listener call; output:\n%s", err, out)
		}
	})
	t.Run("a listener takes SIGUSR2 until it is removed", func(t *testing.T) {
		program := `let n = 0;
const h = () => { console.log('listener', ++n); if (n === 2) { process.off('SIGUSR2', h); } process.kill(process.pid, 'SIGUSR2'); };
process.on('SIGUSR2', h);
process.kill(process.pid, 'SIGUSR2');
setTimeout(() => console.log('survived'), 2000);`
		cmd := exec.Command(linkedKiln(t, ""), "-e", program)
		out, err := cmd.CombinedOutput()
		ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus)
		if !ok || !ws.Signaled() || ws.Signal() != syscall.SIGUSR2 || string(out) != "listener 1\nlistener 2\n" {
			t.Errorf("kiln ended with %v, want killed by SIGUSR2 after two listener calls; output:\n%s", err, out)
		}
	})
}
