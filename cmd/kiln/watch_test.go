package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer that the child's output goroutine and the
// test can share.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestWatchRestartsOnChange runs kiln --watch on a program that requires a
// module, changes the module and then the entry point, and compares what
// kiln printed with node v20's output for the same steps (stdout not a
// terminal: no colors, no clearing). Each step waits for the output of the
// one before, so the test does not depend on how fast the machine is.
func TestWatchRestartsOnChange(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the kiln binary")
	}
	kiln := linkedKiln(t, "")
	dir := t.TempDir()
	write := func(name, src string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("app.js", "const d = require('./dep'); console.log('run', d, process.argv.slice(2))\n")
	write("dep.js", "module.exports = 1\n")
	var out syncBuffer
	cmd := exec.Command(kiln, "--watch", "app.js", "x")
	cmd.Dir, cmd.Stdout, cmd.Stderr = dir, &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
	}()
	waitFor := func(want string) {
		t.Helper()
		for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if strings.HasSuffix(out.String(), want) {
				return
			}
		}
		t.Fatalf("output so far:\n%s\nwant it to end with:\n%s", out.String(), want)
	}
	first := "run 1 [ 'x' ]\nCompleted running 'app.js x'\n"
	waitFor(first)
	// A changed stamp needs a new modification time: some file systems
	// keep them to the second.
	time.Sleep(1100 * time.Millisecond)
	write("dep.js", "module.exports = 2\n")
	second := first + "Restarting 'app.js x'\nrun 2 [ 'x' ]\nCompleted running 'app.js x'\n"
	waitFor(second)
	time.Sleep(1100 * time.Millisecond)
	write("app.js", "console.log('changed app'); process.exitCode = 3\n")
	waitFor(second + "Restarting 'app.js x'\nchanged app\nFailed running 'app.js x'\n")
}
