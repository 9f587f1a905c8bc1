package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strconv"
	"strings"

	"github.com/kilnjs/kiln/parser"
	"github.com/kilnjs/kiln/stdlib"
)

// Node's options reach Kiln from two places that parseOptions reads with
// one switch: the command line, and the NODE_OPTIONS environment variable,
// which tools (nyc, ts-node, dotenv, source-map-support) set so that their
// -r modules load in every process of a tree, their children's included.
// NODE_OPTIONS' options come first, may only be those node allows there
// (stdlib.NodeEnvironmentFlags), and stay out of process.execArgv, as in
// node. An option node allows there but Kiln has no use for is skipped,
// so that a NODE_OPTIONS written for node (--openssl-legacy-provider,
// --dns-result-order=ipv4first) does not stop every kiln it reaches.

// invokedAsNode is set when Kiln's binary runs under the name node
// (node.exe on Windows): installed in node's place, where tools such as
// package managers and version checks read `node -v`.
var invokedAsNode = isNodeName(os.Args[0])

func isNodeName(argv0 string) bool {
	base := argv0
	if i := strings.LastIndexAny(argv0, `/\`); i >= 0 {
		base = argv0[i+1:]
	}
	return base == "node" || strings.EqualFold(base, "node.exe")
}

// cliRun is what the options of one run set up.
type cliRun struct {
	opts                            stdlib.Options
	prof                            *cpuProfile
	cpuProf, heapProf               profOptions
	evalCode                        string
	hasEval, printResult, testMode  bool
	check                           bool     // -c, --check
	loaders                         []string // --loader, --experimental-loader
	envFiles                        []envFile
	inputTypeSet, defaultTypeModule bool
	watch, watchPreserve            bool
	watchPaths                      []string
	// scan is set for a first reading of the command line that only
	// looks for --env-file (see nodeOptionsOf): an option with effects of
	// its own (--print-bytecode) is left for the real one.
	scan bool
}

// errUnterminated and errBadEscape are node's complaints about a
// NODE_OPTIONS value, which it ends with an empty line.
var (
	errUnterminated = errors.New("invalid value for NODE_OPTIONS (unterminated string)\n")
	errBadEscape    = errors.New("invalid value for NODE_OPTIONS (invalid escape)\n")
)

// splitNodeOptions splits NODE_OPTIONS into words by node's rules: spaces
// separate words, double quotes group a word's characters (spaces
// included), and inside quotes a backslash takes the next character as it
// is. Outside quotes a backslash is an ordinary character.
func splitNodeOptions(s string) ([]string, error) {
	var words []string
	var cur strings.Builder
	inWord, quoted := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && quoted:
			if i+1 == len(s) {
				return nil, errBadEscape
			}
			i++
			c = s[i]
		case c == ' ' && !quoted:
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
			continue
		case c == '"':
			quoted = !quoted
			continue
		}
		cur.WriteByte(c)
		inWord = true
	}
	if quoted {
		return nil, errUnterminated
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words, nil
}

// v8Number checks the value of one of V8's numeric options, which V8 takes
// only after "=" (type is V8's word for it: int or size_t), and prints
// node's complaint when it is not one.
func v8Number(arg, val string, hasVal bool, typ string, stderr io.Writer) (int64, bool) {
	n, err := strconv.ParseInt(val, 10, 64)
	if !hasVal || err != nil || (typ == "size_t" && n < 0) {
		fmt.Fprintf(stderr, "Error: illegal value for flag %s of type %s\nTry --help for options\nkiln: bad option: %s\n", arg, typ, arg)
		return 0, false
	}
	return n, true
}

// parseOptions reads the options at the start of args into r: the command
// line's, or NODE_OPTIONS' when env is set. It returns how many arguments
// it read, or exit set with the code run ends with (an error already
// printed, or an option such as --version done).
func (r *cliRun) parseOptions(args []string, env bool, stdout, stderr io.Writer) (next, code int, exit bool) {
	i := 0
	for ; i < len(args); i++ {
		a := args[i]
		// node reads NODE_OPTIONS, too, up to its first word that is not
		// an option, and ignores the rest there.
		if !strings.HasPrefix(a, "-") || a == "-" {
			break
		}
		if a == "--" && !env {
			i++
			break
		}
		name, val, hasVal := a, "", false
		if strings.HasPrefix(a, "--") {
			name, val, hasVal = strings.Cut(a, "=")
			// node reads --no_warnings as --no-warnings.
			name = strings.ReplaceAll(name, "_", "-")
		}
		if env && !strings.Contains(stdlib.NodeEnvironmentFlags, " "+name+" ") {
			if hasVal {
				name += "="
			}
			fmt.Fprintf(stderr, "kiln: %s is not allowed in NODE_OPTIONS\n", name)
			return 0, 9, true
		}
		start := i
		// value reads the option's value: after "=", or the next argument
		// (which the loop then skips). ok is false when there is none.
		value := func() bool {
			if hasVal {
				if val == "" {
					fmt.Fprintf(stderr, "kiln: %s= requires an argument\n", name)
					return false
				}
				return true
			}
			if i+1 >= len(args) {
				fmt.Fprintf(stderr, "kiln: %s requires an argument\n", name)
				return false
			}
			i++
			val = args[i]
			return true
		}
		// record keeps the option where the runtime reads it (see
		// stdlib.Options.option).
		record := func(withValue bool) {
			if withValue {
				r.opts.NodeOptions = append(r.opts.NodeOptions, name+"="+val)
			} else {
				r.opts.NodeOptions = append(r.opts.NodeOptions, name)
			}
		}
		switch name {
		case "-v", "--version":
			if invokedAsNode {
				// Installed as node, Kiln answers the tools that read
				// `node -v` to check the version with the one it follows.
				fmt.Fprintln(stdout, stdlib.NodeVersion)
				return 0, 0, true
			}
			build := ""
			if !parser.BuildTools {
				build = ", runtime-only build (kiln-run: no TypeScript, JSX or bundling)"
			}
			fmt.Fprintf(stdout, "kiln v%s%s (follows Node.js %s)\n", stdlib.Version, build, stdlib.NodeVersion)
			return 0, 0, true
		case "-h", "--help":
			fmt.Fprint(stdout, usage)
			return 0, 0, true
		case "--v8-options":
			fmt.Fprint(stdout, v8Options)
			return 0, 0, true
		case "-e", "--eval", "-p", "--print":
			if !value() {
				return 0, 9, true
			}
			r.evalCode, r.hasEval = val, true
			r.printResult = name == "-p" || name == "--print"
		case "--experimental-default-type":
			if !value() {
				return 0, 9, true
			}
			if val != "module" && val != "commonjs" {
				fmt.Fprintf(stderr, "kiln: --experimental-default-type must be \"module\" or \"commonjs\"\n")
				return 0, 9, true
			}
			r.defaultTypeModule = val == "module"
			record(true)
		case "--watch", "--watch-preserve-output":
			r.watch = r.watch || name == "--watch"
			r.watchPreserve = r.watchPreserve || name == "--watch-preserve-output"
			record(false)
		case "--watch-path":
			if !value() {
				return 0, 9, true
			}
			r.watch = true
			r.watchPaths = append(r.watchPaths, val)
			record(true)
		case "--env-file", "--env-file-if-exists":
			if !value() {
				return 0, 9, true
			}
			r.envFiles = append(r.envFiles, envFile{path: val, optional: name == "--env-file-if-exists"})
		case "-i", "--interactive":
			r.opts.Interactive = true
		case "-c", "--check":
			r.check = true
		case "--test", "--test-only":
			r.testMode = r.testMode || name == "--test"
		case "--test-reporter", "--test-reporter-destination", "--test-name-pattern":
			// node:test reads these from process.execArgv, in the
			// script's process and in the children of kiln --test.
			if !value() {
				return 0, 9, true
			}
		case "-r", "--require":
			if !value() {
				return 0, 9, true
			}
			r.opts.Preload = append(r.opts.Preload, val)
		case "-C", "--conditions":
			if !value() {
				return 0, 9, true
			}
			r.opts.Conditions = append(r.opts.Conditions, val)
		case "--import":
			if !value() {
				return 0, 9, true
			}
			r.opts.Imports = append(r.opts.Imports, val)
		case "--input-type":
			if !value() {
				return 0, 9, true
			}
			if val != "module" && val != "commonjs" {
				fmt.Fprintf(stderr, "kiln: --input-type must be \"module\" or \"commonjs\"\n")
				return 0, 9, true
			}
			r.opts.ModuleInput, r.opts.CommonJSInput, r.inputTypeSet = val == "module", val == "commonjs", true
		case "--loader", "--experimental-loader":
			if !value() {
				return 0, 9, true
			}
			r.loaders = append(r.loaders, val)
		case "--max-heap-size":
			if !value() {
				return 0, 9, true
			}
			mb, err := strconv.ParseFloat(val, 64)
			if err != nil || mb <= 0 {
				fmt.Fprintf(stderr, "kiln: bad value for %s: %s\n", name, val)
				return 0, 9, true
			}
			r.opts.MaxHeapBytes = int64(mb * (1 << 20))
		case "--max-old-space-size":
			// V8's old space is where a program's objects end up, so
			// its limit is Kiln's heap limit; 0 is V8's default, none.
			mb, ok := v8Number(a, val, hasVal, "size_t", stderr)
			if !ok {
				return 0, 9, true
			}
			r.opts.MaxHeapBytes = mb << 20
		case "--max-semi-space-size":
			// Kiln's heap has no young generation to size.
			if _, ok := v8Number(a, val, hasVal, "size_t", stderr); !ok {
				return 0, 9, true
			}
		case "--stack-size":
			// V8's stack size is in KB of native stack; Kiln's JS calls
			// use none (see vm's call-depth limit).
			if _, ok := v8Number(a, val, hasVal, "int", stderr); !ok {
				return 0, 9, true
			}
		case "--stack-trace-limit":
			if _, ok := v8Number(a, val, hasVal, "int", stderr); !ok {
				return 0, 9, true
			}
			record(true)
		case "--title":
			if !value() {
				return 0, 9, true
			}
			record(true)
		case "--unhandled-rejections":
			if !value() {
				return 0, 9, true
			}
			switch val {
			case "throw", "strict", "warn", "none", "warn-with-error-code":
			default:
				fmt.Fprintf(stderr, "kiln: invalid value for --unhandled-rejections\n")
				return 0, 9, true
			}
			record(true)
		case "--warnings", "--no-warnings", "--trace-warnings", "--no-trace-warnings",
			"--deprecation", "--no-deprecation", "--trace-deprecation", "--no-trace-deprecation",
			"--throw-deprecation", "--no-throw-deprecation", "--pending-deprecation", "--no-pending-deprecation",
			"--enable-source-maps", "--no-enable-source-maps":
			record(false)
		case "--cpu-prof":
			r.cpuProf.on = true
		case "--cpu-prof-dir", "--cpu-prof-name", "--cpu-prof-interval":
			if !value() {
				return 0, 9, true
			}
			r.cpuProf.option(name, val)
		case "--heap-prof":
			r.heapProf.on = true
		case "--heap-prof-dir", "--heap-prof-name", "--heap-prof-interval":
			if !value() {
				return 0, 9, true
			}
			r.heapProf.option(name, val)
		case "--print-bytecode":
			if r.scan {
				return 0, 0, true
			}
			if i+1 >= len(args) {
				fmt.Fprintf(stderr, "kiln: %s requires a file\n", name)
				return 0, 9, true
			}
			return 0, printBytecode(args[i+1], stdout, stderr), true
		default:
			if !isNodeFlag(name, env) {
				fmt.Fprintf(stderr, "kiln: bad option: %s\n", a)
				return 0, 9, true
			}
			if why, refused := refusedFlag(name); refused {
				fmt.Fprintf(stderr, "kiln: %s is not supported: %s\n", name, why)
				return 0, 9, true
			}
			withValue := isValueFlag(name)
			if withValue && !value() {
				return 0, 9, true
			}
			if strings.Contains(debuggerFlags, " "+name+" ") {
				fmt.Fprintf(stderr, "kiln: %s: Kiln has no debugger; the program runs without one\n", name)
			}
			record(withValue || hasVal)
		}
		// Every option of the command line stays in process.execArgv as
		// written, as in node (fork leaves -e and -p out: see
		// child_process.js).
		if !env {
			r.opts.ExecArgv = append(r.opts.ExecArgv, args[start:i+1]...)
		}
	}
	return i, 0, false
}

// loaderImport is what node v20 does with --experimental-loader (--loader)
// modules: each is registered as module.register's hooks, from the working
// directory, before the --import modules load, with the ExperimentalWarning
// that gives the --import to use instead. Kiln runs exactly that --import,
// the warning first, escaped as a data: URL's text must be (no raw # or %).
func loaderImport(loaders []string) string {
	body := `import { register } from "node:module"; import { pathToFileURL } from "node:url";`
	for _, l := range loaders {
		spec, _ := json.Marshal(l)
		body += " register(" + string(spec) + `, pathToFileURL("./"));`
	}
	warning, _ := json.Marshal("`--experimental-loader` may be removed in the future; instead use `register()`:\n" +
		"--import 'data:text/javascript," + body + "'")
	return "data:text/javascript," + url.PathEscape(`process.emitWarning(`+string(warning)+`, "ExperimentalWarning"); `+body)
}
