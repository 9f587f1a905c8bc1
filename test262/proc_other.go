//go:build !unix

package main

import "os/exec"

// setProcessGroup does nothing where there are no process groups; a killed worker's children then end when their
// stdin closes.
func setProcessGroup(cmd *exec.Cmd) {}

func killProcessGroup(cmd *exec.Cmd) {
	if cmd.Process != nil {
		cmd.Process.Kill()
	}
}
