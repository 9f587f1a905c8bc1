package main

import (
	"bytes"
	"errors"
	"os/exec"
	"testing"
)

// runCommand runs cmd and returns what it wrote and its exit code; a
// command that could not run at all fails the test.
func runCommand(t *testing.T, cmd *exec.Cmd) (stdout, stderr *bytes.Buffer, code int) {
	t.Helper()
	stdout, stderr = new(bytes.Buffer), new(bytes.Buffer)
	cmd.Stdout, cmd.Stderr = stdout, stderr
	return stdout, stderr, exitCode(t, cmd.Run())
}

// exitCode is the exit code of a finished command whose Run or Wait
// returned err.
func exitCode(t *testing.T, err error) int {
	t.Helper()
	if err == nil {
		return 0
	}
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		t.Fatal(err)
	}
	return ee.ExitCode()
}
