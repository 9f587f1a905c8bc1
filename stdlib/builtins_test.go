package stdlib_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kilnjs/kiln/internal/jstest"
	"github.com/kilnjs/kiln/stdlib"
)

// TestLoopFixtures runs the event-loop ordering corpus in testdata/loop and
// compares each program's stdout and exit code with node's.
// Regenerate: go test ./stdlib -run TestLoopFixtures -update
func TestLoopFixtures(t *testing.T) {
	jstest.CheckAttempts(t, "../testdata/loop", os.Getenv("KILN_GC_STRESS") == "1", 3)
}

// runSource runs src as a main module and returns its stdout, stderr and
// exit code.
func runSource(t *testing.T, src string) (string, string, int) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "main.js")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	n, err := stdlib.New(stdlib.Options{Argv: []string{file}, Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	defer n.Close()
	code := n.RunMain(file)
	return out.String(), errb.String(), code
}

// The stderr of fatal errors is not part of the fixtures (they compare
// stdout), so Node's texts are checked here.
func TestFatalMessages(t *testing.T) {
	tests := []struct {
		name, src string
		code      int
		stderr    []string
	}{
		{"an unhandled rejection with an error prints its stack", "Promise.reject(new Error('boom'));", 1,
			[]string{"Error: boom\n    at "}},
		{"a throwing timer callback prints the error and exits 1", "setTimeout(() => { throw new TypeError('t'); }, 1);", 1,
			[]string{"TypeError: t\n"}},
		{"a throwing uncaughtException handler exits 7", "process.on('uncaughtException', () => { throw new Error('h'); });\n" +
			"setTimeout(() => { throw new Error('x'); }, 1);", 7, []string{"Error: h"}},
		{"an argument error shows its code in the stack and after it", "setTimeout(5);", 1,
			[]string{"TypeError [ERR_INVALID_ARG_TYPE]: The \"callback\" argument must be of type function. Received type number (5)",
				"code: 'ERR_INVALID_ARG_TYPE'"}},
		// A throw inside Kiln's library shows Kiln's own library line in the
		// banner (node:fs, ...), as Node shows its own: only the error is
		// compared here.
		{"readFileSync of a missing file", "require('fs').readFileSync('/nonexistent/x');", 1,
			[]string{"\n\nError: ENOENT: no such file or directory, open '/nonexistent/x'"}},
		{"opendirSync of a missing folder", "require('fs').opendirSync('/nonexistent/x');", 1,
			[]string{"Error: ENOENT: no such file or directory, opendir\n"}},
		{"a validator's error", "require('events').prototype.on.call({}, 'x', 5);", 1,
			[]string{"\n\nTypeError [ERR_INVALID_ARG_TYPE]"}},
		{"an invalid URL has no code in its stack", "new URL('x');", 1,
			[]string{"\n\nTypeError: Invalid URL\n"}},
		{"a throw in user code keeps its own banner", "function f() { throw new RangeError('r'); }\nf();", 1,
			[]string{"main.js:1\nfunction f() { throw new RangeError('r'); }\n               ^\n"}},
		// Throws that stand for node's own lines name them: node v20.20's
		// banners.
		{"an unhandled 'error' event's banner is node's line", "new (require('events'))().emit('error', new Error('x'));", 1,
			[]string{"node:events:502\n      throw er; // Unhandled 'error' event\n      ^\n\nError: x\n"}},
		{"an unhandled 'error' event of a non-error is node's other line", "new (require('events'))().emit('error', 5);", 1,
			[]string{"node:events:515\n    throw err; // Unhandled 'error' event\n    ^\n\nError [ERR_UNHANDLED_ERROR]"}},
		{"an event target listener's throw comes from node's line", "const t = new EventTarget();\n" +
			"t.addEventListener('x', () => { throw new Error('l'); });\nt.dispatchEvent(new Event('x'));", 1,
			[]string{"node:internal/event_target:1105\n  process.nextTick(() => { throw err; });\n                           ^\n\nError: l\n"}},
		{"a worker's error comes through its message port, an event target", "const { Worker } = require('worker_threads');\n" +
			"new Worker('throw new Error(\"boom\")', { eval: true });", 1,
			[]string{"node:internal/event_target:1105\n  process.nextTick(() => { throw err; });\n                           ^\n" +
				"[worker eval]:1\nthrow new Error(\"boom\")\n^\n\nError: boom\n"}},
		{"a timeout overflow warns and uses 1 ms", "setTimeout(() => {}, 2 ** 31);", 0,
			[]string{"TimeoutOverflowWarning: 2147483648 does not fit into a 32-bit signed integer.\nTimeout duration was set to 1."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := runSource(t, tt.src)
			if code != tt.code {
				t.Errorf("exit code = %d, want %d\nstderr:\n%s", code, tt.code, stderr)
			}
			for _, want := range tt.stderr {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr lacks %q:\n%s", want, stderr)
				}
			}
		})
	}
}

func TestProcessEnvIsLiveAndStringOnly(t *testing.T) {
	t.Setenv("KILN_ENV_PROBE", "from go")
	out, stderr, _ := runSource(t, `
console.log(process.env.KILN_ENV_PROBE);
process.env.KILN_ENV_PROBE = 12;
console.log(typeof process.env.KILN_ENV_PROBE, JSON.stringify(Object.getOwnPropertyDescriptor(process.env, 'KILN_ENV_PROBE')));
try { process.env[Symbol('s')] = 'x'; } catch (e) { console.log(e.constructor.name); }
try { Object.defineProperty(process.env, 'A', { get() {} }); } catch (e) { console.log(e.code); }
`)
	want := "from go\nstring {\"value\":\"12\",\"writable\":true,\"enumerable\":true,\"configurable\":true}\nTypeError\n" +
		"ERR_INVALID_OBJECT_DEFINE_PROPERTY\n"
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("stdout (-want +got):\n%s\nstderr:\n%s", diff, stderr)
	}
}

// TestCoreModules runs the core-module corpus in testdata/node (one folder
// per module: path, buffer, events, ...) and compares each program's stdout
// and exit code with node's.
// Regenerate: go test ./stdlib -run TestCoreModules -update
func TestCoreModules(t *testing.T) {
	// Some modules' fixtures (timers, async_hooks, net, http) also wait on
	// the clock or the network stack: a second run settles a stall.
	jstest.CheckAttempts(t, "../testdata/node", os.Getenv("KILN_GC_STRESS") == "1", 2)
}
