package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The tests run a lib file edited since the last `go generate ./stdlib`
// from its source, here and in the kiln binaries they build, so that they
// test the edit rather than the stale bundle (see stdlib/libbundle.go).
func init() { os.Setenv("KILN_LIBDEV", "1") }

// runCLI runs the command in-process and returns its outputs.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return out.String(), errb.String(), code
}

func writeFile(t *testing.T, name, src string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCommandLine(t *testing.T) {
	cases := []struct {
		name     string
		args     []string
		wantOut  string
		wantErr  string
		wantCode int
	}{
		{"an unknown flag exits 9", []string{"--bogus"}, "", "kiln: bad option: --bogus", 9},
		{"-e runs code", []string{"-e", "console.log(6 * 7)"}, "42\n", "", 0},
		{"-p prints the completion value", []string{"-p", "'a' + 'b'"}, "ab\n", "", 0},
		{"--version names kiln", []string{"--version"}, "kiln v", "", 0},
		{"--v8-options lists V8's option syntax", []string{"--v8-options"}, "The following syntax for options is accepted", "", 0},
		{"process.exit sets the exit code", []string{"-e", "process.exit(3)"}, "", "", 3},
		{"--test-reporter needs a name", []string{"--test-reporter"}, "", "kiln: --test-reporter requires an argument", 9},
		{"node:test's options and -e reach process.execArgv as written", []string{"--test-only", "--test-reporter", "dot", "-e", "console.log(process.execArgv.join())"},
			"--test-only,--test-reporter,dot,-e,console.log(process.execArgv.join())\n", "", 0},
		{"-e's code is process._eval, read-only", []string{"-e", "console.log(process._eval.length, Object.getOwnPropertyDescriptor(process, '_eval').writable)"},
			"93 false\n", "", 0},
		{"a loader that is not installed stops the program", []string{"--experimental-loader", "ts-node/esm", "-e", "0"}, "", "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'ts-node' imported from", 1},
		{"V8's numeric options stay in process.execArgv", []string{"--max-old-space-size=64", "--stack-size=900", "-p", "process.execArgv.slice(0, 2).join()"},
			"--max-old-space-size=64,--stack-size=900\n", "", 0},
		{"-e code gets beforeExit", []string{"-e", "process.on('beforeExit', () => console.log('before'))"}, "before\n", "", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errs, code := runCLI(t, c.args...)
			if code != c.wantCode || !strings.HasPrefix(out, c.wantOut) || !strings.Contains(errs, c.wantErr) {
				t.Errorf("got code %d, stdout %q, stderr %q; want %d, %q, %q", code, out, errs, c.wantCode, c.wantOut, c.wantErr)
			}
		})
	}
}

// TestUncaughtErrorsPrintAsNode checks stdout and stderr of programs that
// die of an uncaught exception or rejection against what node v20 prints
// (node's own internal frames aside): the banner, the error or value, and
// 'exit' listeners running before the error is printed. <f> is the file.
func TestUncaughtErrorsPrintAsNode(t *testing.T) {
	const tail = "\nNode.js " + "v20.20.2\n"
	// node's CommonJS loader under the main module's body.
	const loader = "    at Module._compile (node:internal/modules/cjs/loader:1521:14)\n" +
		"    at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)\n" +
		"    at Module.load (node:internal/modules/cjs/loader:1266:32)\n" +
		"    at Module._load (node:internal/modules/cjs/loader:1091:12)\n" +
		"    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)\n" +
		"    at node:internal/main/run_main_module:28:49\n"
	cases := []struct{ name, src, stdout, stderr string }{
		{"an error", "function f() {\n  throw new Error('boom');\n}\nf();\n", "",
			"<f>:2\n  throw new Error('boom');\n  ^\n\nError: boom\n    at f (<f>:2:9)\n    at Object.<anonymous> (<f>:4:1)\n" + loader + tail},
		{"an error in tab-indented code, the caret under it by tabs", "function f() {\n\t\tthrow new Error('t');\n}\nf();\n", "",
			"<f>:2\n\t\tthrow new Error('t');\n\t\t^\n\nError: t\n    at f (<f>:2:9)\n    at Object.<anonymous> (<f>:4:1)\n" + loader + tail},
		{"an object", "console.log('a');\nthrow {a: 1, b: 'x'};\n", "a\n",
			"\n<f>:2\nthrow {a: 1, b: 'x'};\n^\n{ a: 1, b: 'x' }\n" + tail},
		{"a string", "throw 'boom';\n", "",
			"\n<f>:1\nthrow 'boom';\n^\nboom\n(Use `node --trace-uncaught ...` to show where the exception was thrown)\n" + tail},
		{"an error rethrown by a finally block, shown where it was thrown", "try {\n  throw new Error('1');\n} finally {\n  console.log('f');\n}\n",
			"f\n", "<f>:2\n  throw new Error('1');\n  ^\n\nError: 1\n    at Object.<anonymous> (<f>:2:9)\n" + loader + tail},
		{"an error rethrown as for-of closes its iterator", "function f(x) {\n  throw new Error(x);\n}\nfor (const x of [1, 2]) {\n  f(x);\n}\n",
			"", "<f>:2\n  throw new Error(x);\n  ^\n\nError: 1\n    at f (<f>:2:9)\n    at Object.<anonymous> (<f>:5:3)\n" + loader + tail},
		{"a rejected error, shown where it was made", "process.on('exit', (c) => console.log('exit', c));\nasync function g() { await null; throw new TypeError('bad'); }\ng();\n",
			"exit 1\n", "<f>:2\nasync function g() { await null; throw new TypeError('bad'); }\n                                       ^\n\nTypeError: bad\n    at g (<f>:2:40)\n" + tail},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := writeFile(t, "boom.js", c.src)
			out, errs, code := runCLI(t, f)
			want := strings.ReplaceAll(c.stderr, "<f>", f)
			if code != 1 || out != c.stdout || errs != want {
				t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant exit 1, stdout %q, stderr:\n%s", code, out, errs, c.stdout, want)
			}
		})
	}
}

// TestUncaughtTopLevelAwaitRejectionShowsWhereTheErrorWasMade checks the
// banner of an ES module whose top-level await rejects with an error: the
// line where the error was made, by its file: URL, as node v20 prints it.
func TestUncaughtTopLevelAwaitRejectionShowsWhereTheErrorWasMade(t *testing.T) {
	f := writeFile(t, "tla.mjs", "async function a() { await null; throw new Error('x'); }\nasync function b() { return await a(); }\nawait b();\n")
	_, errs, code := runCLI(t, f)
	u := "file://" + filepath.ToSlash(f)
	want := u + ":1\nasync function a() { await null; throw new Error('x'); }\n" + strings.Repeat(" ", 39) + "^\n\n" +
		"Error: x\n    at a (" + u + ":1:40)\n    at async b (" + u + ":2:29)\n    at async " + u + ":3:1\n\nNode.js v20.20.2\n"
	if code != 1 || errs != want {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 1, stderr:\n%s", code, errs, want)
	}
}

func TestSyntaxErrorsPrintFileLineAndCaret(t *testing.T) {
	f := writeFile(t, "bad.js", "let x = 1;\nlet y = ;\n")
	_, errs, code := runCLI(t, f)
	want := f + ":2\nlet y = ;\n        ^\n\nSyntaxError: Unexpected token ';'"
	if code != 1 || !strings.HasPrefix(errs, want) {
		t.Errorf("code %d, stderr:\n%s\nwant prefix:\n%s", code, errs, want)
	}
}

func TestDeepInputGivesCleanErrors(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"unbounded recursion is a catchable RangeError", "function f(){ f() }\ntry { f() } catch (e) { console.log(e instanceof RangeError, e.message) }",
			"true Maximum call stack size exceeded\n"},
		{"a million nested parentheses", strings.Repeat("(", 1000000) + "1" + strings.Repeat(")", 1000000), ""},
		{"a 100,000-deep array literal", "var a = " + strings.Repeat("[", 100000) + strings.Repeat("]", 100000), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := writeFile(t, "deep.js", c.src)
			out, errs, code := runCLI(t, f)
			if c.want != "" {
				if out != c.want || code != 0 {
					t.Errorf("stdout %q code %d stderr %s", out, code, errs)
				}
				return
			}
			if code != 1 || !(strings.Contains(errs, "SyntaxError") || strings.Contains(errs, "RangeError")) {
				t.Errorf("want a SyntaxError or RangeError and exit 1, got code %d, stderr %s", code, errs)
			}
		})
	}
}

func TestHeapLimitEndsTheProcessAsNode(t *testing.T) {
	f := writeFile(t, "oom.js", "const a = []; while (true) a.push({ x: a.length, y: 'abc' + a.length });\n")
	for _, c := range []struct{ name, env, flag string }{
		{"kiln's option", "", "--max-heap-size=32"},
		{"V8's, as node takes it", "", "--max-old-space-size=32"},
		{"V8's, from NODE_OPTIONS", "--max-old-space-size=32", "--no-warnings"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("NODE_OPTIONS", c.env)
			_, errs, code := runCLI(t, c.flag, f)
			if code != 134 || !strings.Contains(errs, "FATAL ERROR: Reached heap limit") || !strings.Contains(errs, "JavaScript heap out of memory") {
				t.Errorf("code %d, stderr:\n%s", code, errs)
			}
		})
	}
}

// TestHeapNearItsLimitCollectsInTime keeps 70% of a 64 MB heap limit live
// and then makes garbage, many times the limit of it: the program must
// finish (the collector runs before the limit, and only live data counts
// against it), and the heap must never have held more than the limit,
// garbage included (the collection threshold shrinks to the room left).
func TestHeapNearItsLimitCollectsInTime(t *testing.T) {
	f := writeFile(t, "near.js", `
const limit = 64 * 1024 * 1024;
const used = () => process.memoryUsage().heapUsed;
const kept = [];
while (used() < limit * 0.7) for (let j = 0; j < 256; j++) kept.push({ i: kept.length, a: [kept.length, 'k'] });
let peak = 0;
for (let i = 0; i < 2e6; i++) {
  const garbage = { i, a: [i, 'g'] };
  if (i % 4096 === 0) peak = Math.max(peak, used());
}
console.log(kept.length > 0, peak <= limit ? 'within the limit' : 'over the limit: ' + peak);
`)
	out, errs, code := runCLI(t, "--max-old-space-size=64", f)
	if code != 0 || out != "true within the limit\n" {
		t.Errorf("code %d, stdout %q, stderr:\n%s", code, out, errs)
	}
}

// setStdin makes os.Stdin a file holding src for the rest of the test.
func setStdin(t *testing.T, src string) {
	t.Helper()
	f, err := os.Open(writeFile(t, "stdin.txt", src))
	if err != nil {
		t.Fatal(err)
	}
	saved := os.Stdin
	os.Stdin = f
	t.Cleanup(func() {
		os.Stdin = saved
		f.Close()
	})
}

// TestStdinProgram checks that, as node does, kiln runs the program on
// standard input when given "-" or no script with a stdin that is not a
// terminal, naming it [stdin], and keeps the arguments after "-".
func TestStdinProgram(t *testing.T) {
	cases := []struct {
		name, src string
		args      []string
		wantOut   string
		wantErr   string
		wantCode  int
	}{
		{"no script", "console.log(6 * 7, __filename, module.id, __dirname, exports === module.exports)", nil, "42 [stdin] [stdin] . true\n", "", 0},
		{"a dash keeps its arguments", "console.log(process.argv.slice(1).join())", []string{"-", "a", "b"}, "-,a,b\n", "", 0},
		{"require resolves from the working directory", "console.log(typeof require('path').join)", nil, "function\n", "", 0},
		{"a syntax error names [stdin]", "let x = ;", nil, "", "[stdin]:1\nlet x = ;\n        ^\n\nSyntaxError: Unexpected token ';'", 1},
		{"an uncaught error names [stdin]", "throw new Error('boom')", nil, "", "    at [stdin]:1:7", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			setStdin(t, c.src)
			out, errs, code := runCLI(t, c.args...)
			if code != c.wantCode || out != c.wantOut || !strings.Contains(errs, c.wantErr) {
				t.Errorf("got code %d, stdout %q, stderr %q; want %d, %q, %q", code, out, errs, c.wantCode, c.wantOut, c.wantErr)
			}
		})
	}
}

// TestCheck is node --check (-c): the script is compiled in the format node
// would load it as, and not run; a syntax error prints as a load's and exits
// 1. The stderr wanted is node v20's for the same files, up to its stack of
// node-internal frames, which Kiln does not print for any syntax error.
func TestCheck(t *testing.T) {
	dir := t.TempDir()
	file := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	ran := filepath.Join(dir, "ran")
	runs := "require('fs').writeFileSync(" + strconv.Quote(ran) + ", 'x');\n"
	cases := []struct {
		name     string
		args     []string
		stdin    string
		wantErr  string
		wantCode int
	}{
		{"a good script is not run", []string{"--check", file("good.js", runs)}, "", "", 0},
		{"-c is --check", []string{"-c", file("good2.js", runs)}, "", "", 0},
		{"return at the top of CommonJS", []string{"-c", file("ret.js", "return 5;\n")}, "", "", 0},
		{"a .js file with module syntax in a package that does not say", []string{"-c", file("esm.js", "import { sep } from 'node:path';\nexport default sep;\n")}, "", "", 0},
		{"top-level await in a .mjs file", []string{"-c", file("tla.mjs", "export const x = 1;\nawait 1;\n")}, "", "", 0},
		{"a syntax error", []string{"--check", file("bad.js", "const x = ;\n")}, "", filepath.Join(dir, "bad.js") + ":1\nconst x = ;\n          ^\n\nSyntaxError: Unexpected token ';'\n", 1},
		{"a syntax error in a module names its path", []string{"--check", file("bad.mjs", "export const x = ;\n")}, "", filepath.Join(dir, "bad.mjs") + ":1\nexport const x = ;\n                 ^\n\nSyntaxError: Unexpected token ';'\n", 1},
		{"JSON is checked as a script", []string{"--check", file("j.json", "{\"a\":1}\n")}, "", filepath.Join(dir, "j.json") + ":1\n{\"a\":1}\n    ^\n\nSyntaxError: Unexpected token ':'\n", 1},
		{"a missing file", []string{"--check", filepath.Join(dir, "none.js")}, "", "Error: Cannot find module '" + filepath.Join(dir, "none.js") + "'", 1},
		{"standard input", []string{"--check"}, "let a = ;\n", "[stdin]:1\nlet a = ;\n        ^\n\nSyntaxError: Unexpected token ';'\n", 1},
		{"standard input as a module", []string{"--input-type=module", "-c", "-"}, "import x from 'y';\n", "", 0},
		{"not with --eval", []string{"--check", "-e", "1"}, "", "kiln: either --check or --eval can be used, not both\n", 9},
		{"not with --test", []string{"--check", "--test"}, "", "kiln: either --test or --check can be used, not both\n", 9},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			setStdin(t, c.stdin)
			out, errs, code := runCLI(t, c.args...)
			if code != c.wantCode || out != "" || !strings.HasPrefix(errs, c.wantErr) || (c.wantErr == "" && errs != "") {
				t.Errorf("got code %d, stdout %q, stderr %q; want %d, no output, stderr starting %q", code, out, errs, c.wantCode, c.wantErr)
			}
		})
	}
	if _, err := os.Stat(ran); err == nil {
		t.Error("--check ran a script")
	}
}

// TestNodeOptions runs commands written for node with its options: those
// Kiln acts on do what node does (the stdout wanted is node v20's for the
// same command), the rest of node's are taken, and those a program must
// not run without are refused with the reason.
func TestNodeOptions(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	globals := "console.log(typeof crypto, typeof Crypto, typeof CustomEvent, typeof fetch)\n"
	for name, src := range map[string]string{"g.js": globals, "amb.js": "console.log(typeof require)\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name     string
		args     []string
		wantOut  string
		wantErr  string
		wantCode int
	}{
		{"--no-experimental-fetch", []string{"--no-experimental-fetch", "g.js"}, "object function function undefined\n", "", 0},
		{"--no-experimental-global-webcrypto and -customevent", []string{"--no-experimental-global-webcrypto", "--no-experimental-global-customevent", "g.js"}, "undefined undefined undefined function\n", "", 0},
		{"--expose-gc", []string{"--expose-gc", "-e", "console.log(typeof(gc),JSON.stringify(Object.getOwnPropertyDescriptor(globalThis,'gc')),gc())"}, "function {\"writable\":true,\"enumerable\":true,\"configurable\":false} undefined\n", "", 0},
		{"V8's spelling and switches", []string{"--harmony", "--no-opt", "--expose_gc", "-p", "typeof(gc)"}, "function\n", "", 0},
		{"--dns-result-order", []string{"--dns-result-order=ipv4first", "-p", "require('dns').getDefaultResultOrder()"}, "ipv4first\n", "", 0},
		{"a bad --dns-result-order", []string{"--dns-result-order=foo", "-e", "1"}, "", "TypeError [ERR_INVALID_ARG_VALUE]: The argument '--dns-result-order' must be one of: 'verbatim', 'ipv4first', 'ipv6first'. Received 'foo'", 1},
		{"--disable-warning by code", []string{"--disable-warning=DEP0005", "-e", "new(Buffer)(1)"}, "", "", 0},
		{"--disable-warning by type", []string{"--disable-warning=DeprecationWarning", "-e", "new(Buffer)(1); process.emitWarning('x')"}, "", ") Warning: x\n", 0},
		{"--disable-proto=delete", []string{"--disable-proto=delete", "-p", "'__proto__'in{}"}, "false\n", "", 0},
		{"--disable-proto=throw", []string{"--disable-proto=throw", "-e", "({}).__proto__"}, "", "Error [ERR_PROTO_ACCESS]: Accessing Object.prototype.__proto__ has been disallowed with --disable-proto=throw", 1},
		{"--experimental-default-type=module", []string{"--experimental-default-type=module", "amb.js"}, "undefined\n", "", 0},
		{"options that change nothing here", []string{"--openssl-legacy-provider", "--no-addons", "--trace-uncaught", "--zero-fill-buffers", "-p", "1"}, "1\n", "", 0},
		{"the debugger's", []string{"--inspect", "-p", "1"}, "1\n", "kiln: --inspect: Kiln has no debugger; the program runs without one\n", 0},
		{"the permission model", []string{"--experimental-permission", "-e", "1"}, "", "kiln: --experimental-permission is not supported: Kiln has no permission model, and the program would run with every permission\n", 9},
		{"an option node does not have", []string{"--no-such-option", "-e", "1"}, "", "kiln: bad option: --no-such-option\n", 9},
		{"--max-http-header-size", []string{"--max-http-header-size=2000", "-p", "require('http').maxHeaderSize"}, "2000\n", "", 0},
		{"--tls-min-v1.0 and --tls-max-v1.2", []string{"--tls-min-v1.0", "--tls-max-v1.2", "-p", "const t = require('tls'); [t.DEFAULT_MIN_VERSION, t.DEFAULT_MAX_VERSION].join()"}, "TLSv1,TLSv1.2\n", "", 0},
		{"--tls-min-v1.3", []string{"--tls-min-v1.3", "-p", "require('tls').DEFAULT_MIN_VERSION"}, "TLSv1.3\n", "", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errs, code := runCLI(t, c.args...)
			if code != c.wantCode || out != c.wantOut || !strings.Contains(errs, c.wantErr) || (c.wantErr == "" && errs != "") {
				t.Errorf("got code %d, stdout %q, stderr %q; want %d, %q, %q", code, out, errs, c.wantCode, c.wantOut, c.wantErr)
			}
		})
	}
	t.Run("--env-file", func(t *testing.T) {
		env := filepath.Join(dir, ".env")
		src := "A=1\nB=\"two words\"\n# c\nexport C=3\nD='x'\nE=\"multi\\nline\"\nF=unquoted # comment\n"
		if err := os.WriteFile(env, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Setenv("A", "preset")
		for _, k := range []string{"B", "C", "D", "E", "F"} {
			os.Unsetenv(k)
			defer os.Unsetenv(k)
		}
		// node v20 prints ["preset","two words","3","x","multi\nline","unquoted"].
		out, errs, code := runCLI(t, "--env-file=.env", "-e", "console.log(JSON.stringify(['A','B','C','D','E','F'].map(k => process.env[k])))")
		if want := "[\"preset\",\"two words\",\"3\",\"x\",\"multi\\nline\",\"unquoted\"]\n"; code != 0 || out != want {
			t.Errorf("got code %d, stdout %q, stderr %q; want %q", code, out, errs, want)
		}
		if _, errs, code := runCLI(t, "--env-file=none.env", "-e", "1"); code != 9 || errs != "kiln: none.env: not found\n" {
			t.Errorf("a missing file: code %d, stderr %q", code, errs)
		}
		if out, errs, code := runCLI(t, "--env-file-if-exists=none.env", "-p", "1"); code != 0 || out != "1\n" || errs != "none.env not found. Continuing without it.\n" {
			t.Errorf("--env-file-if-exists: code %d, stdout %q, stderr %q", code, out, errs)
		}
	})
	t.Run("--redirect-warnings", func(t *testing.T) {
		file := filepath.Join(dir, "warnings.txt")
		for range 2 {
			if out, errs, code := runCLI(t, "--redirect-warnings="+file, "-e", "process.emitWarning('w1')"); code != 0 || out != "" || errs != "" {
				t.Errorf("code %d, stdout %q, stderr %q", code, out, errs)
			}
		}
		// node appends: each run's warning and the hint that comes with the first.
		data, _ := os.ReadFile(file)
		if n := strings.Count(string(data), ") Warning: w1\n(Use `node --trace-warnings ...`"); n != 2 {
			t.Errorf("the file has %d warnings: %q", n, data)
		}
		// A file that cannot be written leaves them on standard error.
		if _, errs, _ := runCLI(t, "--redirect-warnings="+filepath.Join(dir, "no", "such", "dir"), "-e", "process.emitWarning('w2')"); !strings.Contains(errs, "Warning: w2") {
			t.Errorf("stderr %q", errs)
		}
	})
	t.Run("NODE_OPTIONS from --env-file", func(t *testing.T) {
		src := "NODE_OPTIONS=\"--require ./pre.js --title=from-file\"\n"
		if err := os.WriteFile(filepath.Join(dir, "opts.env"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "pre.js"), []byte("console.log('pre')\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Setenv("NODE_OPTIONS", "")
		os.Unsetenv("NODE_OPTIONS")
		// node v20 prints pre, then from-file and the options as given
		// (the file's are not in execArgv); -r with the same module loads
		// it once.
		prog := "console.log(process.title, JSON.stringify(process.execArgv))"
		out, errs, code := runCLI(t, "--env-file", "opts.env", "-e", prog)
		if want := "pre\nfrom-file [\"--env-file\",\"opts.env\",\"-e\",\"" + prog + "\"]\n"; code != 0 || out != want {
			t.Errorf("got code %d, stdout %q, stderr %q; want %q", code, out, errs, want)
		}
		os.Unsetenv("NODE_OPTIONS")
		if out, errs, code := runCLI(t, "-r", "./pre.js", "--env-file=opts.env", "-p", "process.title"); code != 0 || out != "pre\nfrom-file\n" {
			t.Errorf("with -r of the same module: code %d, stdout %q, stderr %q", code, out, errs)
		}
		// The environment's NODE_OPTIONS wins over the file's.
		t.Setenv("NODE_OPTIONS", "--title=from-env")
		if out, errs, code := runCLI(t, "--env-file=opts.env", "-p", "process.title"); code != 0 || out != "from-env\n" {
			t.Errorf("NODE_OPTIONS set: code %d, stdout %q, stderr %q", code, out, errs)
		}
	})
}

// TestStdinFromDevNull runs kiln with /dev/null for standard input: a
// character device, but not a terminal, so node runs it as an empty
// program (no output, exit 0) instead of starting its REPL.
func TestStdinFromDevNull(t *testing.T) {
	f, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	saved := os.Stdin
	os.Stdin = f
	defer func() { os.Stdin = saved }()
	if out, errs, code := runCLI(t); code != 0 || out != "" || errs != "" {
		t.Errorf("got code %d, stdout %q, stderr %q; want 0 and no output, as node", code, out, errs)
	}
}

// TestInteractive is -i: the REPL on a pipe, after -e code when there is
// some, and not with a script (node v20's output for the same input, past
// the banner).
func TestInteractive(t *testing.T) {
	cases := []struct {
		name, stdin string
		args        []string
		want        string
	}{
		{"on a pipe", "1+1\nlet a = 5\na*2\n", []string{"-i"}, "> 2\n> undefined\n> 10\n> "},
		{"after -e code", "x*2\n", []string{"-i", "-e", "var x = 21"}, "> 42\n> "},
		{"not with a script", "1+1\n", []string{"-i", writeFile(t, "s.js", "console.log('script')")}, "script\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			setStdin(t, c.stdin)
			out, errs, code := runCLI(t, c.args...)
			if code != 0 || !strings.HasSuffix(out, c.want) || errs != "" {
				t.Errorf("got code %d, stdout %q, stderr %q; want 0 and stdout ending %q", code, out, errs, c.want)
			}
		})
	}
}

// TestRequirePreloads checks -r/--require against node v20's output: the
// modules load in order before the entry point (a script, -e code), stay
// in process.execArgv as written, and a loader hook one installs runs the
// entry point too (ts-node/register's way with a .ts main).
func TestRequirePreloads(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{
		"a.js":     "console.log('a', require.main === undefined)",
		"b.js":     "console.log('b')",
		"hook.js":  "require.extensions['.toy'] = (m, f) => m._compile(`console.log('toy', ${JSON.stringify(require('fs').readFileSync(f, 'utf8').trim())})`, f)",
		"main.js":  "console.log('main', process.execArgv.length)",
		"main.toy": "hello",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	p := func(name string) string { return filepath.Join(dir, name) }
	cases := []struct {
		name     string
		args     []string
		wantOut  string
		wantErr  string
		wantCode int
	}{
		{"preloads run in order before the script", []string{"-r", p("a.js"), "--require", p("b.js"), p("main.js")}, "a true\nb\nmain 4\n", "", 0},
		{"the = form and -e code", []string{"--require=" + p("b.js"), "-e", "console.log(process.execArgv[0].startsWith('--require='))"}, "b\ntrue\n", "", 0},
		{"a hook a preload installs runs the entry point", []string{"-r", p("hook.js"), p("main.toy")}, "toy hello\n", "", 0},
		{"a missing preload is an uncaught error", []string{"-r", p("nope.js"), p("main.js")}, "", "Cannot find module '" + p("nope.js") + "'\nRequire stack:\n- internal/preload", 1},
		{"-r needs a module", []string{"-r"}, "", "kiln: -r requires an argument", 9},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errs, code := runCLI(t, c.args...)
			if code != c.wantCode || out != c.wantOut || !strings.Contains(errs, c.wantErr) {
				t.Errorf("got code %d, stdout %q, stderr %q; want %d, %q, %q", code, out, errs, c.wantCode, c.wantOut, c.wantErr)
			}
		})
	}
}

// TestImportRegistersHooks checks module.register from an --import module
// against node v20's output: the hooks see the entry point (a made-up
// extension they transpile to an ES module; a .cjs whose source they
// replace, which still runs as require.main).
func TestImportRegistersHooks(t *testing.T) {
	dir := t.TempDir()
	for name, src := range map[string]string{
		"register.mjs": "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n",
		"hooks.mjs": `export async function load(url, context, next) {
  if (url.endsWith('.toy')) {
    const { source } = await next(url, { ...context, format: 'module' });
    return { format: 'module', shortCircuit: true, source: ` + "`console.log('toy says', ${JSON.stringify(String(source).trim())}, import.meta.url.endsWith('main.toy'));`" + ` };
  }
  const r = await next(url, context);
  if (url.endsWith('main.cjs')) return { ...r, source: 'console.log("cjs via hook", require.main === module, typeof require)' };
  return r;
}
`,
		"main.toy": "hello\n",
		"main.cjs": "console.log('cjs from disk')",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	cases := []struct {
		name, main, wantOut string
	}{
		{"a made-up extension becomes an ES module", "main.toy", "toy says hello true\n"},
		{"a CommonJS entry point runs the hook's source as require.main", "main.cjs", "cjs via hook true function\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errs, code := runCLI(t, "--import", "./register.mjs", c.main)
			if code != 0 || out != c.wantOut {
				t.Errorf("got code %d, stdout %q, stderr %q; want 0, %q", code, out, errs, c.wantOut)
			}
		})
	}
	// --loader (--experimental-loader) registers the same hooks, with node
	// v20's warning naming the --import that does it (its stderr for the
	// same command, after the process id).
	warning := ") ExperimentalWarning: `--experimental-loader` may be removed in the future; instead use `register()`:\n" +
		`--import 'data:text/javascript,import { register } from "node:module"; import { pathToFileURL } from "node:url"; register("./hooks.mjs", pathToFileURL("./"));'` + "\n" +
		"(Use `node --trace-warnings ...` to show where the warning was created)\n"
	for _, flag := range []string{"--loader", "--experimental-loader"} {
		t.Run(flag+" registers hooks", func(t *testing.T) {
			out, errs, code := runCLI(t, flag, "./hooks.mjs", "main.toy")
			if code != 0 || out != "toy says hello true\n" || !strings.HasPrefix(errs, "(node:") || !strings.HasSuffix(errs, warning) {
				t.Errorf("got code %d, stdout %q, stderr %q; want 0, %q, the warning", code, out, errs, "toy says hello true\n")
			}
		})
	}
}

// A fork from -e code passes the parent's options on but not -e and its
// code, as node does: the child would run them instead of its module, and
// fork again.
func TestForkFromEval(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the kiln binary")
	}
	child := writeFile(t, "child.js", "console.log('child', JSON.stringify(process.execArgv))")
	// A child that ran -e's code would say so instead of forking again.
	code := "if (process.env.FORKED) console.log('the child ran -e'); else require('child_process').fork(" +
		strconv.Quote(child) + ", { env: { ...process.env, FORKED: '1' } }).on('exit', (c) => console.log('exit', c))"
	out, err := exec.Command(linkedKiln(t, ""), "--test-only", "-e", code).CombinedOutput()
	if want := "child [\"--test-only\"]\nexit 0\n"; err != nil || string(out) != want {
		t.Fatalf("kiln -e fork: %v\n%s\nwant %q", err, out, want)
	}
}

// TestInputTypeModule checks --input-type against node v20's output: -e
// code and standard input run as an ES module named [eval1] in the working
// directory, without CommonJS's names; -p cannot print one. Without the
// flag, code with module syntax is one too (node's detection, v20.19 on).
func TestInputTypeModule(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "dep.cjs"), []byte("module.exports = 'dep';"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	url := "file://" + filepath.ToSlash(dir) + "/[eval1]"
	cases := []struct {
		name     string
		args     []string
		wantOut  string
		wantErr  string
		wantCode int
	}{
		{"-e code is a module", []string{"--input-type=module", "-e", "import d from './dep.cjs'; console.log(d, import.meta.url, typeof require, await 5)"},
			"dep " + url + " undefined 5\n", "", 0},
		{"commonjs is the default", []string{"-e", "console.log(typeof require)"}, "function\n", "", 0},
		{"module syntax makes -e code a module", []string{"-e", "import d from './dep.cjs'; console.log(d, import.meta.url, typeof require)"},
			"dep " + url + " undefined\n", "", 0},
		{"a top-level await makes -e code a module", []string{"-e", "console.log(typeof require, await 5)"}, "undefined 5\n", "", 0},
		{"commonjs turns detection off", []string{"--input-type", "commonjs", "-e", "import d from './dep.cjs'"}, "",
			"SyntaxError: Cannot use import statement outside a module", 1},
		{"-p cannot print detected module syntax", []string{"-p", "import d from './dep.cjs'"}, "", "ERR_EVAL_ESM_CANNOT_PRINT", 1},
		{"-p cannot print a module", []string{"--input-type=module", "-p", "1"}, "", "Error [ERR_EVAL_ESM_CANNOT_PRINT]: --print cannot be used with ESM input", 1},
		{"an unknown type", []string{"--input-type=bogus", "-e", "1"}, "", `kiln: --input-type must be "module" or "commonjs"`, 9},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errs, code := runCLI(t, c.args...)
			if code != c.wantCode || out != c.wantOut || !strings.Contains(errs, c.wantErr) {
				t.Errorf("got code %d, stdout %q, stderr %q; want %d, %q, %q", code, out, errs, c.wantCode, c.wantOut, c.wantErr)
			}
		})
	}
}

// TestRunCommand is kiln run: a file runs as with kiln FILE; another name
// is a package.json script, run as node v22's --run runs one (the nearest
// package.json, its folder, node_modules/.bin on PATH, the arguments
// quoted onto the command, its exit code).
func TestRunCommand(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the scripts are sh")
	}
	dir := t.TempDir()
	pkg := `{"scripts": {"hello": "echo hello from $NODE_RUN_SCRIPT_NAME", "args": "echo args:", "fail": "exit 3",
		"where": "pwd", "bin": "tool"}}`
	for name, data := range map[string]string{
		"package.json":           pkg,
		"app.js":                 "console.log('app', process.argv.slice(2).join(' '))",
		"node_modules/.bin/tool": "#!/bin/sh\necho tool ran\n",
	} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	t.Chdir(sub)
	cases := []struct {
		args             []string
		wantOut, wantErr string
		wantCode         int
	}{
		{[]string{"run", "../app.js", "x", "y"}, "app x y\n", "", 0},
		{[]string{"run", "hello"}, "hello from hello\n", "", 0},
		{[]string{"run", "args", "a", "b c", "it's"}, "args: a b c it's\n", "", 0},
		{[]string{"run", "args", "--", "-x"}, "args: -x\n", "", 0},
		{[]string{"run", "fail"}, "", "", 3},
		{[]string{"run", "where"}, dir + "\n", "", 0},
		{[]string{"run", "bin"}, "tool ran\n", "", 0},
		{[]string{"run", "nope"}, "", "Missing script: \"nope\"\n\nAvailable scripts are:\n  args: echo args:\n", 1},
		{[]string{"run"}, "", "kiln run: name a file or a package.json script", 9},
	}
	for _, c := range cases {
		out, errs, code := runCLI(t, c.args...)
		if code != c.wantCode || out != c.wantOut || !strings.Contains(errs, c.wantErr) {
			t.Errorf("kiln %q: code %d, stdout %q, stderr %q; want %d, %q, %q", c.args, code, out, errs, c.wantCode, c.wantOut, c.wantErr)
		}
	}
}

// TestExitWhileReadingAnOpenPipe ends programs that read standard input
// from a pipe the test keeps open: the read waits on the worker pool for
// input that never comes, and node's process.exit and uncaught errors end
// the process without waiting for it (nodemon's Ctrl+C handler exits so).
func TestExitWhileReadingAnOpenPipe(t *testing.T) {
	cases := []struct {
		name, src, wantOut string
		wantCode           int
	}{
		{"process.exit", "process.stdin.resume(); setTimeout(() => { console.log('bye'); process.exit(130); }, 10);", "bye\n", 130},
		{"an uncaught error", "process.stdin.on('data', () => {}); setTimeout(() => { throw new Error('boom'); }, 10);", "", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cmd := exec.Command(linkedKiln(t, ""), writeFile(t, "p.js", c.src))
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			defer stdin.Close()
			var out bytes.Buffer
			cmd.Stdout = &out
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			hung := time.AfterFunc(time.Minute, func() { cmd.Process.Kill() })
			defer hung.Stop()
			err = cmd.Wait()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != c.wantCode || out.String() != c.wantOut {
				t.Errorf("got exit code %d and stdout %q, want %d and %q (-1 is the hang guard's kill)", code, out.String(), c.wantCode, c.wantOut)
			}
		})
	}
}

// TestCPUProf is --cpu-prof with node's options: the profile goes to
// --cpu-prof-dir (made if missing) under --cpu-prof-name or node's
// CPU.<date>.<time>.<pid>.0.001.cpuprofile, in the .cpuprofile form; the
// other options without --cpu-prof are node's error, exit 9.
func TestCPUProf(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b")
	busy := "let s = 0; for (let i = 0; i < 3e5; i++) s += i"
	if _, errs, code := runCLI(t, "--cpu-prof", "--cpu-prof-dir="+dir, "--cpu-prof-name", "p.cpuprofile",
		"--cpu-prof-interval=100", "-e", busy); code != 0 {
		t.Fatalf("code %d, stderr %q", code, errs)
	}
	data, err := os.ReadFile(filepath.Join(dir, "p.cpuprofile"))
	if err != nil {
		t.Fatal(err)
	}
	var prof struct {
		Nodes []struct {
			CallFrame struct{ FunctionName string } `json:"callFrame"`
		} `json:"nodes"`
		Samples    []int   `json:"samples"`
		TimeDeltas []int64 `json:"timeDeltas"`
	}
	if err := json.Unmarshal(data, &prof); err != nil {
		t.Fatal(err)
	}
	if len(prof.Nodes) == 0 || prof.Nodes[0].CallFrame.FunctionName != "(root)" || len(prof.Samples) != len(prof.TimeDeltas) {
		t.Errorf("not a .cpuprofile: %d nodes, %d samples, %d deltas", len(prof.Nodes), len(prof.Samples), len(prof.TimeDeltas))
	}
	if _, errs, code := runCLI(t, "--cpu-prof", "--cpu-prof-dir", dir, "-e", "1"); code != 0 {
		t.Fatalf("code %d, stderr %q", code, errs)
	}
	names, _ := filepath.Glob(filepath.Join(dir, "CPU.*.*.*.0.001.cpuprofile"))
	if len(names) != 1 {
		t.Errorf("node's name: found %q", names)
	}
	for _, opt := range []string{"--cpu-prof-dir=x", "--cpu-prof-name=x", "--cpu-prof-interval=10"} {
		if _, errs, code := runCLI(t, opt, "-e", "1"); code != 9 || !strings.Contains(errs, "must be used with --cpu-prof") {
			t.Errorf("%s alone: code %d, stderr %q", opt, code, errs)
		}
	}
}

// TestHeapProfOptions: --heap-prof-dir, -name and -interval without
// --heap-prof are node's error, exit 9 (the profile itself is checked
// against node's by the _cli fixture heap_prof.js).
func TestHeapProfOptions(t *testing.T) {
	for _, opt := range []string{"--heap-prof-dir=x", "--heap-prof-name=x", "--heap-prof-interval=10"} {
		if _, errs, code := runCLI(t, opt, "-e", "1"); code != 9 || !strings.Contains(errs, "must be used with --heap-prof") {
			t.Errorf("%s alone: code %d, stderr %q", opt, code, errs)
		}
	}
	dir := t.TempDir()
	if _, errs, code := runCLI(t, "--heap-prof", "--heap-prof-dir", dir, "--heap-prof-name=p.heapprofile", "-e", "globalThis.k = [{}]"); code != 0 {
		t.Fatalf("code %d, stderr %q", code, errs)
	}
	data, err := os.ReadFile(filepath.Join(dir, "p.heapprofile"))
	if err != nil {
		t.Fatal(err)
	}
	var prof struct {
		Head struct {
			CallFrame struct{ FunctionName string } `json:"callFrame"`
		} `json:"head"`
		Samples []struct{ Size, NodeID int } `json:"samples"`
	}
	if err := json.Unmarshal(data, &prof); err != nil || prof.Head.CallFrame.FunctionName != "(root)" {
		t.Errorf("not a .heapprofile: %v, head %q", err, prof.Head.CallFrame.FunctionName)
	}
}

// A function's body compiled on its first call (a run without the compile
// cache compiles lazily) that breaks a compiler limit throws the
// SyntaxError the whole file's compilation gives, at the call, after the
// code before it ran.
func TestLazyBodyCompileErrorThrowsAtCall(t *testing.T) {
	t.Setenv("KILN_NO_COMPILE_CACHE", "1")
	var src strings.Builder
	src.WriteString("function big() { let ")
	for i := range 70000 { // more locals than a frame has registers
		fmt.Fprintf(&src, "a%d = %d, ", i, i)
	}
	src.WriteString("z = 0; return z }\nconsole.log('before');\n")
	src.WriteString("try { big() } catch (e) { console.log(e.name, e.message.endsWith('function too large')) }\n")
	out, errOut, code := runCLI(t, writeFile(t, "big.js", src.String()))
	if want := "before\nSyntaxError true\n"; out != want || code != 0 {
		t.Errorf("got %q (stderr %q, code %d), want %q", out, errOut, code, want)
	}
}
