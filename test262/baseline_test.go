package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestBaselineCompare(t *testing.T) {
	base := baseline{{"test/a.js", modeSloppy}: statusFail, {"test/b.js", modeStrict}: statusSkip}
	records := []record{
		{Path: "test/a.js", Mode: modeSloppy, Status: statusPass},    // listed, now passes
		{Path: "test/a.js", Mode: modeStrict, Status: statusFail},    // not listed: a regression
		{Path: "test/b.js", Mode: modeStrict, Status: statusTimeout}, // listed, still not passing
		{Path: "test/c.js", Mode: modeSloppy, Status: statusPass},    // not listed, passes
		{Path: "test/d.js", Mode: modeModule, Status: statusSkip},    // not listed, skipped: a regression too
	}
	regressions, newPasses := base.compare(records)
	t.Run("runs the baseline expects to pass and that did not are regressions", func(t *testing.T) {
		if diff := cmp.Diff([]record{records[1], records[4]}, regressions); diff != "" {
			t.Errorf("regressions (-want +got):\n%s", diff)
		}
	})
	t.Run("runs the baseline lists that pass are new passes", func(t *testing.T) {
		if diff := cmp.Diff([]record{records[0]}, newPasses); diff != "" {
			t.Errorf("new passes (-want +got):\n%s", diff)
		}
	})
}

func TestBaselineMerge(t *testing.T) {
	base := baseline{
		{"test/built-ins/Array/a.js", modeSloppy}:       statusFail,
		{"test/built-ins/Array/b.js", modeSloppy}:       statusFail,
		{"test/built-ins/ArrayBuffer/c.js", modeStrict}: statusFail,
		{"test/language/d.js", modeModule}:              statusCrash,
	}
	records := []record{
		{Path: "test/built-ins/Array/a.js", Mode: modeSloppy, Status: statusPass},
		{Path: "test/built-ins/Array/b.js", Mode: modeSloppy, Status: statusTimeout},
		{Path: "test/built-ins/Array/e.js", Mode: modeStrict, Status: statusSkip},
	}
	tests := []struct {
		name     string
		prefixes []string
		want     baseline
	}{
		{"a partial update keeps entries outside its prefixes", []string{"test/built-ins/Array"}, baseline{
			{"test/built-ins/Array/b.js", modeSloppy}:       statusTimeout,
			{"test/built-ins/Array/e.js", modeStrict}:       statusSkip,
			{"test/built-ins/ArrayBuffer/c.js", modeStrict}: statusFail,
			{"test/language/d.js", modeModule}:              statusCrash,
		}},
		{"a full update replaces everything", nil, baseline{
			{"test/built-ins/Array/b.js", modeSloppy}: statusTimeout,
			{"test/built-ins/Array/e.js", modeStrict}: statusSkip,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, base.merge(records, tt.prefixes)); diff != "" {
				t.Errorf("merged baseline (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBaselineFile(t *testing.T) {
	base := baseline{{"test/b.js", modeStrict}: statusFail, {"test/a.js", modeSloppy}: statusSkip, {"test/a.js", modeStrict}: statusSkip}
	const want = "test/a.js sloppy skip\ntest/a.js strict skip\ntest/b.js strict fail\n"
	t.Run("format writes sorted path mode status lines", func(t *testing.T) {
		if got := base.format(); got != want {
			t.Errorf("format = %q, want %q", got, want)
		}
	})
	t.Run("parse reads back what format wrote", func(t *testing.T) {
		got, err := parseBaseline("baseline.txt", want)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(base, got); diff != "" {
			t.Errorf("parsed (-want +got):\n%s", diff)
		}
	})
	t.Run("parse rejects a malformed line", func(t *testing.T) {
		if _, err := parseBaseline("baseline.txt", "test/a.js sloppy\n"); err == nil {
			t.Error("no error for a line without a status")
		}
	})
}
