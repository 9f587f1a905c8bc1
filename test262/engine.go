package main

import "time"

// Engine runs one test in a fresh realm and reports how it ended.
//
// Run is called once per test×mode, always from the same goroutine of a worker process; the realm it creates must
// not outlive the call. Run must return within about req.Timeout (the worker is killed otherwise) and must not write
// to os.Stdout, which carries the worker protocol.
type Engine interface{ Run(req *Request) Result }

// Source is one file of the suite. Name is its path inside the archive, e.g. "test/language/x.js" or
// "harness/assert.js".
type Source struct{ Name, Text string }

// Request is one test run. The host-defined print and $262 (global, createRealm, evalScript, detachArrayBuffer, gc,
// agent) must be installed in the realm before Harness runs, unless Raw is set, in which case Harness is empty and
// nothing but print and $262 may be added.
type Request struct {
	// Harness files are evaluated first, in order, as scripts in the same fresh realm: assert.js, sta.js,
	// doneprintHandle.js when Async, then the test's includes.
	Harness []Source
	// Test is the test file. For strict-mode runs Text already starts with "use strict";\n.
	Test Source
	// Module means Test is evaluated as module code; Async means the test finishes by printing
	// Test262:AsyncTestComplete (so the engine must drain its job queue before returning); Raw means the source must
	// not be altered in any way.
	Module, Async, Raw bool
	// LoadModule resolves "./x.js" against referrer's folder inside the archive and returns that file.
	LoadModule func(specifier, referrer string) (Source, error)
	// Timeout is the time the test may take; the engine should interrupt itself when it has passed.
	Timeout time.Duration
}

// Result says how a test run ended.
type Result struct {
	// Phase is "" when the test completed normally, or the phase in which it threw: PhaseParse, PhaseResolution,
	// PhaseRuntime. PhaseHarness means a harness file failed: the run is then broken, not the test, and such a result
	// never satisfies a negative test.
	Phase string
	// ErrorName is the thrown value's constructor name ("SyntaxError", "Test262Error", ...).
	ErrorName string
	Message   string
	// Printed holds the lines printed via print() (async tests finish with "Test262:AsyncTestComplete" or
	// "Test262:AsyncTestFailure:...").
	Printed []string
}

// The phases of Result.Phase. The first three are test262's negative phases (INTERPRETING.md, "negative").
const (
	PhaseParse      = "parse"
	PhaseResolution = "resolution"
	PhaseRuntime    = "runtime"
	PhaseHarness    = "harness"
)

// engines maps the -engine names to constructors. Each engine's file adds itself from an init function, so that the
// runner itself depends on no engine.
var engines = map[string]func() Engine{}
