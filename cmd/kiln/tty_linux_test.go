package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"
)

// TestStdoutOnTerminal runs a script whose stdout is a terminal of 100
// columns and 30 rows: process.stdout is a tty.WriteStream with the
// terminal's size, its cursor methods write readline's escapes, the
// global console colours what it inspects, and a SIGWINCH after the window
// grows emits 'resize' with the new size.
func TestStdoutOnTerminal(t *testing.T) {
	master, slave := openPTY(t)
	defer master.Close()
	defer slave.Close()
	if err := unix.IoctlSetWinsize(int(slave.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Col: 100, Row: 30}); err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(t.TempDir(), "tty.js")
	os.WriteFile(script, []byte(`const tty = require('tty');
const out = process.stdout;
out.write([out instanceof tty.WriteStream, out.isTTY, out.columns, out.rows].join(' ') + '\n');
out.cursorTo(2);
out.moveCursor(1, 0);
out.clearLine(0);
out.write('|\n');
console.log(1, 'a', [null]);
const wait = setTimeout(() => out.write('no resize\n'), 20000);
out.on('resize', () => {
  out.write('resize ' + out.getWindowSize().join('x') + '\n');
  clearTimeout(wait);
});
out.write('ready\n');
`), 0o644)
	cmd := exec.Command(linkedKiln(t, ""), script)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.Env = []string{"TERM=xterm-256color"} // no NO_COLOR, CI or FORCE_COLOR from the test's environment
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer hangGuard(cmd, master)()
	var seen []byte
	buf := make([]byte, 4096)
	read := func(want string) {
		t.Helper()
		for !bytes.Contains(seen, []byte(want)) {
			n, err := master.Read(buf)
			if err != nil {
				t.Fatalf("terminal closed before %q; it showed %q", want, seen)
			}
			seen = append(seen, buf[:n]...)
		}
	}
	read("ready\r\n")
	if err := unix.IoctlSetWinsize(int(slave.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Col: 120, Row: 40}); err != nil {
		t.Fatal(err)
	}
	cmd.Process.Signal(syscall.SIGWINCH)
	read("resize")
	read("\r\n")
	if err := cmd.Wait(); err != nil {
		t.Fatalf("kiln: %v (it showed %q)", err, seen)
	}
	want := "true true 100 30\r\n\x1b[3G\x1b[1C\x1b[2K|\r\n\x1b[33m1\x1b[39m a [ \x1b[1mnull\x1b[22m ]\r\n" +
		"ready\r\nresize 120x40\r\n"
	if string(seen) != want {
		t.Errorf("the terminal showed %q, want %q", seen, want)
	}
}

// TestStdoutToDevNull: /dev/null is a character device but no terminal,
// so a script writing there has a plain process.stdout, as on node.
func TestStdoutToDevNull(t *testing.T) {
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	cmd := exec.Command(linkedKiln(t, ""), "-e",
		"console.error(process.stdout.isTTY, process.stdout.constructor.name, require('tty').isatty(1)); console.log({ a: 1 })")
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = null, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("kiln: %v (stderr %q)", err, stderr.String())
	}
	if got, want := stderr.String(), "undefined SyncWriteStream false\n"; got != want {
		t.Errorf("stderr %q, want %q", got, want)
	}
}
