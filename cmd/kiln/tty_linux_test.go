package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/kilnjs/kiln/internal/jstest"
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

// TestStdinOnTerminal runs the programs in testdata/tty with a terminal
// for stdin, stdout and stderr, typing each input once the program has
// shown what comes before it, and compares all the terminal showed (the
// terminal's own echo included) with node's, made with
// go test ./cmd/kiln -run TestStdinOnTerminal -update.
// After each, the terminal must be back in line mode with echo, whether
// the program ended by itself or by a signal.
func TestStdinOnTerminal(t *testing.T) {
	// A step waits for after, then types send, or sends the signal kill
	// when it is set.
	type step struct {
		after, send string
		kill        syscall.Signal
	}
	cases := []struct {
		name  string
		steps []step
		death syscall.Signal // the signal that ends the program, if one does
	}{
		{"lines", []step{{"ready\r\n", "one\r", 0}, {"line \"one\"\r\n", "two\r", 0}, {"line \"two\"\r\n", "\x04", 0}}, 0},
		{"keys", []step{{"ready\r\n", "\x1b[A", 0}, {"\"\\u001b[A\"\r\n", "\x1b[B", 0}, {"\"\\u001b[B\"\r\n", "a", 0},
			{"\"a\"\r\n", "\x03", 0}}, 0},
		{"pause", []step{{"ready\r\n", "a\r", 0}, {"resumed false\r\n", "b\r", 0}}, 0},
		{"unref", []step{{"ready\r\n", "a\r", 0}}, 0},
		{"eof", []step{{"ready\r\n", "abc\r", 0}, {"data \"abc\\n\"\r\n", "\x04", 0}}, 0},
		{"edit", []step{{"> \x1b[3G", "ab", 0}, {"ab", "\x1b[D", 0}, {"\x1b[1D", "\x7f", 0}, {"> b\x1b[3G", "z", 0},
			{"zb\x1b[4G", "\x1b[C", 0}, {"\x1b[1C", "\x1b[H", 0}, {"\x1b[2D", "\r", 0}, {"> \x1b[3G", "\x04", 0}}, 0},
		{"rawexit", nil, 0},
		{"rawkill", []step{{"ready\r\n", "", syscall.SIGTERM}}, syscall.SIGTERM},
		{"rawselfkill", nil, syscall.SIGTERM},
		{"rawsigint", []step{{"ready\r\n", "", syscall.SIGINT}}, 0},
	}
	dir, err := filepath.Abs("testdata/tty")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			master, slave := openPTY(t)
			defer master.Close()
			defer slave.Close()
			exe := linkedKiln(t, "")
			if jstest.Updating() {
				exe = "node"
			}
			cmd := exec.Command(exe, c.name+".js")
			cmd.Dir = dir
			cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
			cmd.Env = terminalEnv()
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// As hangGuard, but closing the test's copy of the terminal, which
			// is what makes a blocked read of the master fail once kiln is gone.
			defer time.AfterFunc(time.Minute, func() {
				cmd.Process.Kill()
				slave.Close()
			}).Stop()
			var seen []byte
			buf := make([]byte, 4096)
			for _, s := range c.steps {
				for !bytes.HasSuffix(seen, []byte(s.after)) {
					n, err := master.Read(buf)
					if err != nil {
						t.Fatalf("terminal closed before %q; it showed %q", s.after, seen)
					}
					seen = append(seen, buf[:n]...)
				}
				if s.kill != 0 {
					cmd.Process.Signal(s.kill)
				} else {
					master.WriteString(s.send)
				}
			}
			waitErr := cmd.Wait()
			// Everything the program wrote is in the terminal by now: read
			// it to the end, which the master reads as EIO once the test's
			// copy of the slave is closed too.
			tio, tioErr := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
			slave.Close()
			for {
				n, err := master.Read(buf)
				if err != nil {
					break
				}
				seen = append(seen, buf[:n]...)
			}
			if c.death != 0 {
				var ee *exec.ExitError
				if !errors.As(waitErr, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != c.death {
					t.Fatalf("%s ended with %v, want the signal %v (the terminal showed %q)", exe, waitErr, c.death, seen)
				}
			} else if waitErr != nil {
				t.Fatalf("%s: %v (the terminal showed %q)", exe, waitErr, seen)
			}
			if tioErr != nil {
				t.Fatal(tioErr)
			}
			if tio.Lflag&(unix.ICANON|unix.ECHO|unix.ISIG) != unix.ICANON|unix.ECHO|unix.ISIG {
				t.Errorf("the terminal was left with lflag %#x: not line mode with echo and signals", tio.Lflag)
			}
			golden := filepath.Join(dir, c.name+".out")
			if jstest.Updating() {
				if err := os.WriteFile(golden, seen, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("no expected output (run with -update): %v", err)
			}
			if string(seen) != string(want) {
				t.Errorf("the terminal showed\n%q\nwant (node's)\n%q", seen, want)
			}
		})
	}
}
