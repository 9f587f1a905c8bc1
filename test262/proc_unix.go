//go:build unix

package main

import (
	"os/exec"
	"syscall"
)

// setProcessGroup puts a worker in a process group of its own, so that killing it also kills what it started.
func setProcessGroup(cmd *exec.Cmd) { cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} }

func killProcessGroup(cmd *exec.Cmd) {
	if cmd.Process != nil {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}
