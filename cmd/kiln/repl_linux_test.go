package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/kilnjs/kiln/internal/jstest"
)

// openPTY opens a pseudo-terminal pair: the test drives the master, and
// kiln gets the slave as its terminal.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	s, err := os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	return m, s
}

// terminalEnv is the test's environment for a program on a terminal whose
// colours are compared with node's: TERM says 256 colours, as where the
// expected output was made, and none of the variables node's colour depth
// also reads (CI=true, which CI sets, means no colours at all) is passed on.
func terminalEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		switch k, _, _ := strings.Cut(kv, "="); k {
		case "TERM", "CI", "CI_NAME", "NO_COLOR", "FORCE_COLOR", "NODE_DISABLE_COLORS", "COLORTERM", "TERM_PROGRAM", "TMUX":
		default:
			env = append(env, kv)
		}
	}
	return append(env, "TERM=xterm-256color")
}

// hangGuard ends a REPL that stops answering: it kills kiln and closes
// the terminal after a minute, far past any healthy run, so that the
// test's reads fail and report what the terminal showed instead of
// waiting for go test's own timeout. It measures nothing.
func hangGuard(cmd *exec.Cmd, master *os.File) (stop func() bool) {
	return time.AfterFunc(time.Minute, func() {
		cmd.Process.Kill()
		master.Close()
	}).Stop
}

// TestREPLOnTerminal starts kiln with no script on a terminal: the banner,
// an evaluation, Ctrl+C twice to leave, and the terminal's line mode put
// back afterwards. Each key goes in once kiln has shown what comes before
// it, so that nothing arrives while the terminal is still in line mode.
func TestREPLOnTerminal(t *testing.T) {
	master, slave := openPTY(t)
	defer master.Close()
	defer slave.Close()
	cmd := exec.Command(linkedKiln(t, ""))
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer hangGuard(cmd, master)()
	chunks := make(chan []byte)
	go func() {
		for {
			buf := make([]byte, 4096)
			n, err := master.Read(buf)
			if n > 0 {
				chunks <- buf[:n]
			}
			if err != nil {
				close(chunks)
				return
			}
		}
	}()
	// waitFor reads until want shows, and drops what came up to its end.
	var seen []byte
	waitFor := func(want string) {
		t.Helper()
		for {
			if i := bytes.Index(seen, []byte(want)); i >= 0 {
				seen = seen[i+len(want):]
				return
			}
			c, ok := <-chunks
			if !ok {
				t.Fatalf("terminal closed before %q; it showed %q", want, seen)
			}
			seen = append(seen, c...)
		}
	}
	waitFor("Welcome to Kiln v")
	waitFor("(Node.js v20 compatible).\r\nType \".help\" for more information.\r\n")
	waitFor("> ")
	master.WriteString("let n = 6 * 7\r")
	waitFor("> ")
	master.WriteString("n + 1\r")
	waitFor("43")
	waitFor("> ")
	master.WriteString("\x03")
	waitFor("(To exit, press Ctrl+C again or Ctrl+D or type .exit)")
	waitFor("> ")
	master.WriteString("\x03")
	if err := cmd.Wait(); err != nil {
		t.Fatalf("kiln: %v", err)
	}
	attrs, err := unix.IoctlGetTermios(int(slave.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	if attrs.Lflag&unix.ICANON == 0 || attrs.Lflag&unix.ECHO == 0 {
		t.Errorf("the terminal was left in raw mode (lflag %#x)", attrs.Lflag)
	}
}

// TestREPLExitCommand leaves the REPL with .exit.
func TestREPLExitCommand(t *testing.T) {
	master, slave := openPTY(t)
	defer master.Close()
	defer slave.Close()
	cmd := exec.Command(linkedKiln(t, ""))
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer hangGuard(cmd, master)()
	buf := make([]byte, 4096)
	var seen strings.Builder
	for !strings.Contains(seen.String(), "> ") {
		n, err := master.Read(buf)
		if err != nil {
			t.Fatalf("reading the terminal: %v (it showed %q)", err, seen.String())
		}
		seen.Write(buf[:n])
	}
	master.WriteString(".exit\r")
	if err := cmd.Wait(); err != nil {
		t.Fatalf("kiln: %v", err)
	}
}

// TestSpecReporterOnTerminal runs a test file with a terminal for stdout:
// node:test reports with its spec reporter then, as node's does, its
// marks in colour when stderr is a terminal too, the errors it shows in
// colour in any case (testdata/node/test/_discover_want/terminal*.stdout,
// made by node on a terminal with
// go test ./cmd/kiln -run TestSpecReporterOnTerminal -update).
func TestSpecReporterOnTerminal(t *testing.T) {
	dir, err := filepath.Abs("../../testdata/node/test/_discover")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name         string
		stderrOnTerm bool
	}{{"terminal", true}, {"terminal_stdout", false}} {
		t.Run(c.name, func(t *testing.T) {
			master, slave := openPTY(t)
			defer master.Close()
			var cmd *exec.Cmd
			if jstest.Updating() {
				cmd = exec.Command("node", "math.test.js")
			} else {
				cmd = exec.Command(linkedKiln(t, ""), "math.test.js")
			}
			cmd.Dir = dir
			cmd.Env = terminalEnv()
			cmd.Stdout = slave
			var errb bytes.Buffer
			cmd.Stderr = &errb
			if c.stderrOnTerm {
				cmd.Stderr = slave
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer hangGuard(cmd, master)()
			// Reading to the end: once the program is gone and the
			// test's copy of the terminal is closed, the master reads EIO.
			slave.Close()
			var out bytes.Buffer
			done := make(chan struct{})
			go func() {
				out.ReadFrom(master)
				close(done)
			}()
			code := exitCode(t, cmd.Wait())
			<-done
			checkReport(t, filepath.Join(dir, "..", "_discover_want", c.name), normaliseReport(out.String(), dir), code, errb.String())
		})
	}
}

// TestPausedTerminalStdinLetsTheProcessEnd reads one line from a terminal
// and pauses standard input, and then a readline question closed after its
// answer: node ends both programs there, and so must kiln, though a read
// of the terminal is still pending on the worker pool (it would wait for
// the next line, which the test never types: hangGuard fails the test
// after a minute).
func TestPausedTerminalStdinLetsTheProcessEnd(t *testing.T) {
	cases := []struct{ name, src, input, want string }{
		{"pause", "process.stdin.once('data', (d) => { console.log('got', JSON.stringify(String(d))); process.stdin.pause(); })", "abc\r", `got "abc\n"`},
		{"readline close", "const rl = require('readline').createInterface({ input: process.stdin, output: process.stdout });\nrl.question('name? ', (a) => { console.log('hi', a); rl.close(); });", "bob\r", "hi bob"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			master, slave := openPTY(t)
			defer master.Close()
			defer slave.Close()
			cmd := exec.Command(linkedKiln(t, ""), writeFile(t, "p.js", c.src))
			cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer hangGuard(cmd, master)()
			master.WriteString(c.input)
			var seen strings.Builder
			buf := make([]byte, 4096)
			for !strings.Contains(seen.String(), c.want) {
				n, err := master.Read(buf)
				if err != nil {
					t.Fatalf("reading the terminal: %v (it showed %q)", err, seen.String())
				}
				seen.Write(buf[:n])
			}
			if err := cmd.Wait(); err != nil {
				t.Fatalf("kiln: %v (the terminal showed %q)", err, seen.String())
			}
		})
	}
}
