//go:build unix

package main

import (
	"bytes"
	"os/exec"
	"syscall"
	"testing"
	"time"
)

// TestEndlessAtomicsWaitBlocks runs a program whose Atomics.wait nothing
// will end: node blocks until a signal ends it, and so must kiln, where Go,
// seeing every goroutine blocked, used to die with its deadlock report
// (exit status 2).
func TestEndlessAtomicsWaitBlocks(t *testing.T) {
	cmd := exec.Command(linkedKiln(t, ""), "-e", "Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		t.Fatalf("kiln ended (%v) while its Atomics.wait should block; stderr:\n%s", err, stderr.String())
	case <-time.After(time.Second):
	}
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	err := <-done
	ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus)
	if !ok || !ws.Signaled() || ws.Signal() != syscall.SIGTERM {
		t.Errorf("kiln ended with %v, want killed by SIGTERM; stderr:\n%s", err, stderr.String())
	}
}
