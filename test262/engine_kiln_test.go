package main

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestKilnEngine(t *testing.T) {
	assert := Source{Name: "harness/assert.js", Text: `function Test262Error(message) { this.message = message; }
Test262Error.prototype.toString = function () { return "Test262Error: " + this.message; };
function $DONE(err) { print(err === undefined ? "Test262:AsyncTestComplete" : "Test262:AsyncTestFailure:" + err); }`}
	broken := Source{Name: "harness/broken.js", Text: `throw new Test262Error("harness is broken")`}
	unparsable := Source{Name: "harness/unparsable.js", Text: `var = ;`}
	tests := []struct {
		name    string
		harness []Source
		test    string
		module  bool
		want    Result
	}{
		{"a test that completes has no phase", []Source{assert}, `print("ran")`, false, Result{Printed: []string{"ran"}}},
		{"the harness's definitions are visible to the test", []Source{assert}, `if (typeof Test262Error !== "function") throw 1`, false, Result{}},
		{"a parse error is a SyntaxError in the parse phase", []Source{assert}, `var x = ;`, false, Result{Phase: PhaseParse, ErrorName: "SyntaxError"}},
		{"an uncaught throw is named by the thrown value's constructor", []Source{assert}, `throw new Test262Error("nope")`, false, Result{Phase: PhaseRuntime, ErrorName: "Test262Error", Message: "nope"}},
		{"a built-in error keeps its name", nil, `null.x`, false, Result{Phase: PhaseRuntime, ErrorName: "TypeError"}},
		{"a harness that throws fails the run in the harness phase", []Source{assert, broken}, `print("never")`, false, Result{Phase: PhaseHarness, ErrorName: "Test262Error", Message: "harness/broken.js: harness is broken"}},
		{"a harness that does not parse fails the run in the harness phase", []Source{unparsable}, `print("never")`, false, Result{Phase: PhaseHarness, ErrorName: "SyntaxError"}},
		{"promise jobs run before the result is taken", []Source{assert}, `Promise.resolve().then(function () { $DONE(); })`, false, Result{Printed: []string{asyncComplete}}},
		{"an endless loop is interrupted at the timeout", nil, `for (;;) {}`, false, Result{Phase: PhaseRuntime, ErrorName: "Terminated", Message: "interrupted at the timeout"}},
		{"module code runs as a module", nil, `export default 1; print(typeof this)`, true, Result{Printed: []string{"undefined"}}},
		{"a module that does not parse fails in the parse phase", nil, `export let x; export let x;`, true, Result{Phase: PhaseParse, ErrorName: "SyntaxError"}},
		{"a module's evaluation error is the runtime phase", nil, `await null; throw new RangeError("late")`, true, Result{Phase: PhaseRuntime, ErrorName: "RangeError", Message: "late"}},
	}
	eng := engines["kiln"]()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			timeout := 10 * time.Second
			if tc.name == "an endless loop is interrupted at the timeout" {
				timeout = time.Millisecond
			}
			got := eng.Run(&Request{Harness: tc.harness, Test: Source{Name: "test/t.js", Text: tc.test}, Module: tc.module, Timeout: timeout})
			// Parse errors carry the parser's message; the contract is the phase and the name.
			if tc.want.ErrorName == "SyntaxError" && got.ErrorName == "SyntaxError" {
				got.Message = ""
			}
			if tc.want.ErrorName == "TypeError" && got.ErrorName == "TypeError" {
				got.Message = ""
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("result (-want +got):\n%s", diff)
			}
		})
	}
}

func TestKilnEngineIsTheDefault(t *testing.T) {
	if got, err := pickEngine(""); got != "kiln" || err != nil {
		t.Errorf("pickEngine(\"\") = %q, %v; want kiln", got, err)
	}
}

func TestKilnEngineCompilesEachHarnessFileOnce(t *testing.T) {
	eng := &kilnEngine{harness: map[string]compiled{}}
	h := Source{Name: "harness/h.js", Text: `var fromHarness = 1;`}
	for range 3 {
		if got := eng.Run(&Request{Harness: []Source{h}, Test: Source{Name: "test/t.js", Text: `fromHarness`}, Timeout: 10 * time.Second}); got.Phase != "" {
			t.Fatalf("run failed: %+v", got)
		}
	}
	first := eng.harness[h.Name].prog
	eng.Run(&Request{Harness: []Source{h}, Test: Source{Name: "test/t.js", Text: ``}, Timeout: 10 * time.Second})
	if len(eng.harness) != 1 || eng.harness[h.Name].prog != first {
		t.Errorf("harness cache = %v, want the one program compiled first", eng.harness)
	}
}
