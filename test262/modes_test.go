package main

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestModesFor(t *testing.T) {
	tests := []struct {
		name  string
		flags []string
		want  []string
	}{
		{"a test without flags runs sloppy and strict", nil, []string{modeSloppy, modeStrict}},
		{"onlyStrict runs strict only", []string{"onlyStrict"}, []string{modeStrict}},
		{"noStrict runs sloppy only", []string{"noStrict"}, []string{modeSloppy}},
		{"raw runs once, sloppy", []string{"raw"}, []string{modeSloppy}},
		{"module runs once as a module", []string{"module"}, []string{modeModule}},
		{"module wins over onlyStrict", []string{"onlyStrict", "module"}, []string{modeModule}},
		{"async and generated do not narrow the modes", []string{"async", "generated"}, []string{modeSloppy, modeStrict}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, modesFor(&meta{Flags: tt.flags})); diff != "" {
				t.Errorf("modes (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHarnessFor(t *testing.T) {
	tests := []struct {
		name string
		m    meta
		want []string
	}{
		{"a plain test gets assert.js and sta.js", meta{}, []string{"harness/assert.js", "harness/sta.js"}},
		{"an async test gets doneprintHandle.js before its includes", meta{Flags: []string{"async"}, Includes: []string{"asyncHelpers.js"}},
			[]string{"harness/assert.js", "harness/sta.js", "harness/doneprintHandle.js", "harness/asyncHelpers.js"}},
		{"includes keep their order", meta{Includes: []string{"b.js", "a.js"}}, []string{"harness/assert.js", "harness/sta.js", "harness/b.js", "harness/a.js"}},
		{"a raw test gets no harness at all", meta{Flags: []string{"raw"}, Includes: []string{"a.js"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, harnessFor(&tt.m)); diff != "" {
				t.Errorf("harness (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNewRequest(t *testing.T) {
	const text = "/*---\nflags: [raw]\n---*/\n'use strict'\r\n[0]"
	s := &suite{files: map[string]string{"test/a.js": text, "harness/assert.js": "A", "harness/sta.js": "S"}}
	tests := []struct {
		name, mode, want string
	}{
		{"a sloppy run keeps the test's bytes", modeSloppy, text},
		{"a strict run only prepends the directive", modeStrict, "\"use strict\";\n" + text},
		{"a module run keeps the test's bytes", modeModule, text},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := newRequest(s, "test/a.js", &meta{}, tt.mode, time.Second)
			if err != nil {
				t.Fatal(err)
			}
			if req.Test.Text != tt.want || req.Module != (tt.mode == modeModule) {
				t.Errorf("text %q module %v, want %q module %v", req.Test.Text, req.Module, tt.want, tt.mode == modeModule)
			}
		})
	}
	t.Run("a missing include is an error naming it", func(t *testing.T) {
		_, err := newRequest(s, "test/a.js", &meta{Includes: []string{"gone.js"}}, modeSloppy, time.Second)
		if err == nil || !strings.Contains(err.Error(), "harness/gone.js") {
			t.Errorf("error = %v, want one naming harness/gone.js", err)
		}
	})
}

func TestJudge(t *testing.T) {
	parseSyntax := &meta{Negative: &negative{Phase: PhaseParse, Type: "SyntaxError"}}
	resolution := &meta{Negative: &negative{Phase: PhaseResolution, Type: "SyntaxError"}}
	async := &meta{Flags: []string{"async"}}
	tests := []struct {
		name       string
		m          *meta
		r          Result
		wantStatus string
	}{
		{"a test that completes passes", &meta{}, Result{}, statusPass},
		{"a test that throws fails", &meta{}, Result{Phase: PhaseRuntime, ErrorName: "Test262Error"}, statusFail},
		{"a test that fails to parse fails", &meta{}, Result{Phase: PhaseParse, ErrorName: "SyntaxError"}, statusFail},
		{"a negative test passes on the named error in the named phase", parseSyntax, Result{Phase: PhaseParse, ErrorName: "SyntaxError"}, statusPass},
		{"a negative test fails when it completes", parseSyntax, Result{}, statusFail},
		{"a negative test fails on the named error in another phase", parseSyntax, Result{Phase: PhaseRuntime, ErrorName: "SyntaxError"}, statusFail},
		{"a negative test fails on another error in the named phase", parseSyntax, Result{Phase: PhaseParse, ErrorName: "ReferenceError"}, statusFail},
		{"a resolution-phase negative test passes on a resolution error", resolution, Result{Phase: PhaseResolution, ErrorName: "SyntaxError"}, statusPass},
		{"a resolution-phase negative test fails on a parse error", resolution, Result{Phase: PhaseParse, ErrorName: "SyntaxError"}, statusFail},
		{"a broken harness never satisfies a negative test", parseSyntax, Result{Phase: PhaseHarness, ErrorName: "SyntaxError"}, statusFail},
		{"an async test passes when it prints completion", async, Result{Printed: []string{"x", asyncComplete}}, statusPass},
		{"an async test fails when it prints failure", async, Result{Printed: []string{asyncFailure + "Test262Error: no"}}, statusFail},
		{"an async test fails when it prints nothing", async, Result{}, statusFail},
		{"an async test that throws synchronously fails", async, Result{Phase: PhaseRuntime, Printed: []string{asyncComplete}}, statusFail},
		{"a sync test ignores what it prints", &meta{}, Result{Printed: []string{asyncFailure}}, statusPass},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, reason := judge(tt.m, tt.r)
			if status != tt.wantStatus {
				t.Errorf("status %s (%s), want %s", status, reason, tt.wantStatus)
			}
			if (status == statusPass) != (reason == "") {
				t.Errorf("status %s with reason %q: a reason must be given exactly when the test did not pass", status, reason)
			}
		})
	}
}
