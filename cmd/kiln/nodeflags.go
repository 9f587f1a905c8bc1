package main

import (
	"strings"

	"github.com/kilnjs/kiln/stdlib"
)

// Node's options that parseOptions has no case of its own for. node v20
// takes on its command line every option NODE_OPTIONS takes
// (stdlib.NodeEnvironmentFlags) and those below; Kiln takes them all, so a
// command written for node runs, and each lands in the options the runtime
// reads (getOptionValue), where those Kiln acts on are read. What happens
// to the rest is one of three things, decided here:
//   - most change how node reports, tunes or diagnoses a run (V8, OpenSSL,
//     reports, traces, experimental switches of what Kiln always has): the
//     program runs as it would, and Kiln takes them without a word;
//   - the debugger's run the program as it would, with a notice that no
//     debugger is listening;
//   - those a program must not run without, because they restrict what it
//     may do or are the point of the run, are refused with the reason, exit
//     9, as node refuses an option it does not know.

// cliOnlyFlags are node v20's command-line options that NODE_OPTIONS does
// not allow (node --help less process.allowedNodeEnvironmentFlags), less
// those parseOptions handles itself.
const cliOnlyFlags = " --build-snapshot --completion-bash --experimental-network-inspection " +
	"--experimental-test-coverage --experimental-test-module-mocks --prof --test-force-exit " +
	cliOnlyValueFlags

// cliOnlyValueFlags are those of cliOnlyFlags that take a value.
const cliOnlyValueFlags = " --build-snapshot-config --cpu-prof-dir --cpu-prof-interval --cpu-prof-name " +
	"--experimental-sea-config --test-concurrency --test-timeout "

// v8Flags are the V8 options Kiln takes beyond those with cases in
// parseOptions, none with a value: switches of V8's compilers and staged
// features, which an interpreter that ships what node v20 ships has no use
// for (--harmony-* as well).
const v8Flags = " --harmony --no-harmony --opt --no-opt --lazy --no-lazy --single-threaded --predictable "

// refusedFlag says why Kiln refuses an option node takes, if it does. A
// switch, not a map: a map literal is built by the package's initialiser at
// every start, and this is read only for an option node takes.
func refusedFlag(name string) (why string, refused bool) {
	switch name {
	case "--experimental-permission":
		return "Kiln has no permission model, and the program would run with every permission", true
	case "--allow-fs-read", "--allow-fs-write", "--allow-child-process", "--allow-worker", "--allow-wasi":
		return "Kiln has no permission model (--experimental-permission)", true
	case "--experimental-policy", "--policy-integrity":
		return "Kiln does not check policy manifests, and the program would run unchecked", true
	case "--frozen-intrinsics":
		return "Kiln does not freeze the built-in objects", true
	case "--disallow-code-generation-from-strings":
		return "Kiln does not forbid eval and new Function, and the program would run with them", true
	case "--preserve-symlinks", "--preserve-symlinks-main":
		return "Kiln resolves modules by their real paths, and the program would load other files", true
	case "--experimental-shadow-realm":
		return "Kiln has no ShadowRealm", true
	case "--build-snapshot", "--build-snapshot-config":
		return "Kiln's snapshots are made with kiln build", true
	case "--snapshot-blob":
		return "Kiln's snapshots are run as kiln app.kbc", true
	case "--experimental-sea-config":
		return "Kiln's single executables are made with kiln build --exe", true
	case "--prof":
		return "Kiln has no V8 tick profiler; --cpu-prof writes a CPU profile", true
	case "--completion-bash":
		return "Kiln has no bash completion script", true
	}
	return "", false
}

// debuggerFlags run the program as it would run, with a notice.
const debuggerFlags = " --inspect --inspect-brk --inspect-wait "

// isNodeFlag reports whether node v20 takes name on its command line (or
// in NODE_OPTIONS when env is set), among the options parseOptions has no
// case for.
func isNodeFlag(name string, env bool) bool {
	if strings.Contains(stdlib.NodeEnvironmentFlags, " "+name+" ") {
		return true
	}
	if env {
		return false
	}
	return strings.Contains(cliOnlyFlags, " "+name+" ") || strings.Contains(v8Flags, " "+name+" ") ||
		strings.HasPrefix(name, "--harmony-") || strings.HasPrefix(name, "--no-harmony-")
}

// isValueFlag reports whether the node option name takes a value, which
// may be the next word.
func isValueFlag(name string) bool {
	return strings.Contains(stdlib.NodeValueFlags, " "+name+" ") || strings.Contains(cliOnlyValueFlags, " "+name+" ")
}
