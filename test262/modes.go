package main

// How a test is run and judged, per INTERPRETING.md ("Strict Mode", "flags", "negative", "Test Results").

import (
	"fmt"
	"strings"
	"time"
)

// The modes of a run, as written in results.jsonl and the baseline.
const (
	modeSloppy = "sloppy"
	modeStrict = "strict"
	modeModule = "module"
)

// strictPrefix is prepended, byte for byte, for strict-mode runs; nothing else about a test's text is ever changed.
const strictPrefix = "\"use strict\";\n"

// The statuses of a run.
const (
	statusPass    = "pass"
	statusFail    = "fail"
	statusSkip    = "skip"
	statusTimeout = "timeout"
	statusCrash   = "crash"
)

// modesFor returns the runs a test needs: sloppy and strict, unless a flag narrows it to one.
func modesFor(m *meta) []string {
	switch {
	case m.hasFlag("module"):
		return []string{modeModule}
	case m.hasFlag("raw"), m.hasFlag("noStrict"):
		return []string{modeSloppy}
	case m.hasFlag("onlyStrict"):
		return []string{modeStrict}
	}
	return []string{modeSloppy, modeStrict}
}

// harnessFor lists the harness files a test needs, in evaluation order.
func harnessFor(m *meta) []string {
	if m.hasFlag("raw") {
		return nil
	}
	files := []string{"harness/assert.js", "harness/sta.js"}
	if m.hasFlag("async") {
		files = append(files, "harness/doneprintHandle.js")
	}
	for _, inc := range m.Includes {
		files = append(files, "harness/"+inc)
	}
	return files
}

// newRequest builds the request for one run of a test, without LoadModule, which the worker adds.
func newRequest(s *suite, name string, m *meta, mode string, timeout time.Duration) (*Request, error) {
	req := &Request{
		Test:    Source{Name: name, Text: s.files[name]},
		Module:  mode == modeModule,
		Async:   m.hasFlag("async"),
		Raw:     m.hasFlag("raw"),
		Timeout: timeout,
	}
	if mode == modeStrict {
		req.Test.Text = strictPrefix + req.Test.Text
	}
	for _, h := range harnessFor(m) {
		text, ok := s.files[h]
		if !ok {
			return nil, fmt.Errorf("includes %s, which the suite does not have", h)
		}
		req.Harness = append(req.Harness, Source{Name: h, Text: text})
	}
	return req, nil
}

// The lines an async test prints to finish (harness/doneprintHandle.js).
const (
	asyncComplete = "Test262:AsyncTestComplete"
	asyncFailure  = "Test262:AsyncTestFailure:"
)

// judge turns an engine's result into a status and, unless the test passed, the reason.
func judge(m *meta, r Result) (status, reason string) {
	if r.Phase == PhaseHarness {
		return statusFail, "harness failed: " + describeError(r)
	}
	if neg := m.Negative; neg != nil {
		switch {
		case r.Phase == "":
			return statusFail, fmt.Sprintf("expected %s in the %s phase, but the test completed", neg.Type, neg.Phase)
		case r.Phase != neg.Phase || r.ErrorName != neg.Type:
			return statusFail, fmt.Sprintf("expected %s in the %s phase, got %s in the %s phase", neg.Type, neg.Phase, describeError(r), r.Phase)
		}
		return statusPass, ""
	}
	if r.Phase != "" {
		return statusFail, fmt.Sprintf("%s in the %s phase", describeError(r), r.Phase)
	}
	if m.hasFlag("async") {
		for _, line := range r.Printed {
			switch {
			case line == asyncComplete:
				return statusPass, ""
			case strings.HasPrefix(line, asyncFailure):
				return statusFail, line
			}
		}
		return statusFail, "async test did not print " + asyncComplete
	}
	return statusPass, ""
}

func describeError(r Result) string {
	name := r.ErrorName
	if name == "" {
		name = "a non-error value"
	}
	if r.Message == "" {
		return name
	}
	return name + ": " + firstLine(r.Message)
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
