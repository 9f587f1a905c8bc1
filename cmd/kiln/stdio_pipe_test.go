package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestStdinPipeUnref checks process.stdin on a pipe as node's socket
// there: unref() lets the process end while the writer keeps the pipe
// open, ref() makes it wait for data again; on /dev/null, a file to node,
// there is no unref. (Expected outputs from node v20.)
func TestStdinPipeUnref(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the kiln binary")
	}
	kiln := linkedKiln(t, "")
	dir := t.TempDir()
	tests := []struct{ name, src, feed, want string }{
		{"unref ends the process with the pipe open",
			`process.stdin.unref(); setTimeout(() => console.log('timer'), 20);`, "", "timer\n"},
		// The data handler lets go by unref(): a pause() there does not end
		// node's process while the pipe stays open (the socket reads on to
		// fill its buffer), nor Kiln's, whose stdin is that socket.
		{"ref after unref waits for data",
			`process.stdin.unref(); process.stdin.on('data', (d) => { console.log('data', String(d).trim()); process.stdin.unref(); });
			 setTimeout(() => { process.stdin.ref(); console.log('ref'); }, 20);`, "late\n", "ref\ndata late\n"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(dir, "p"+string(rune('a'+i))+".js")
			if err := os.WriteFile(file, []byte(tt.src), 0o644); err != nil {
				t.Fatal(err)
			}
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			var out strings.Builder
			cmd := exec.Command(kiln, file)
			cmd.Stdin, cmd.Stdout, cmd.Stderr = r, &out, &out
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			r.Close()
			if tt.feed != "" {
				time.Sleep(200 * time.Millisecond)
				w.WriteString(tt.feed)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case err := <-done:
				if err != nil || out.String() != tt.want {
					t.Errorf("got %q (%v), want %q", out.String(), err, tt.want)
				}
			case <-time.After(20 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("kiln did not end with the pipe open; output so far %q", out.String())
			}
		})
	}
	t.Run("a device is a file: no unref", func(t *testing.T) {
		file := filepath.Join(dir, "dev.js")
		os.WriteFile(file, []byte(`console.log(typeof process.stdin.unref)`), 0o644)
		cmd := exec.Command(kiln, file) // stdin is /dev/null
		out, err := cmd.Output()
		if err != nil || string(out) != "undefined\n" {
			t.Errorf("got %q (%v), want %q", out, err, "undefined\n")
		}
	})
}

// TestStdoutReaderGone checks a write to a pipe whose reader has gone, as
// `kiln app.js | head -1` does: node's (libuv ignores SIGPIPE) console.log
// goes on quietly and process.stdout reports EPIPE; Go's default for
// descriptors 1 and 2 was to end the process by SIGPIPE (exit 141).
// (Expected outputs from node v20.)
func TestStdoutReaderGone(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the kiln binary")
	}
	kiln := linkedKiln(t, "")
	dir := t.TempDir()
	tests := []struct {
		name, src, wantErr string
		wantCode           int
	}{
		{"console.log goes on", `for (let i = 0; i < 1e5; i++) console.log(i); console.error('done')`, "done\n", 0},
		{"process.stdout emits EPIPE",
			`process.stdout.on('error', (e) => { console.error('caught', e.code, e.message, e.errno, e.syscall); process.exit(3); });
			 for (let i = 0; i < 1e5; i++) process.stdout.write(i + '\n');`, "caught EPIPE write EPIPE -32 write\n", 3},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(dir, "w"+string(rune('a'+i))+".js")
			if err := os.WriteFile(file, []byte(tt.src), 0o644); err != nil {
				t.Fatal(err)
			}
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			r.Close() // the reader is gone before the first write
			var stderr strings.Builder
			cmd := exec.Command(kiln, file)
			cmd.Stdout, cmd.Stderr = w, &stderr
			err = cmd.Run()
			w.Close()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != tt.wantCode || stderr.String() != tt.wantErr {
				t.Errorf("exit %d, stderr %q; want %d, %q", code, stderr.String(), tt.wantCode, tt.wantErr)
			}
		})
	}
}
