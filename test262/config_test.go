package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseConfig(t *testing.T) {
	got, err := parseConfig("config", "# comment\n\nTemporal  # not yet\r\nregexp-v-flag # later\n")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(skipConfig{"Temporal": "not yet", "regexp-v-flag": "later"}, got); diff != "" {
		t.Errorf("config (-want +got):\n%s", diff)
	}
	for _, tt := range []struct{ name, text string }{
		{"a feature without a reason is rejected", "Temporal\n"},
		{"a feature listed twice is rejected", "Temporal # a\nTemporal # b\n"},
		{"two features on a line are rejected", "Temporal ShadowRealm # a\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := parseConfig("config", tt.text); err == nil {
				t.Error("no error")
			}
		})
	}
}

func TestSkipReason(t *testing.T) {
	cfg := skipConfig{"Temporal": "not yet", "Atomics": "no agents"}
	tests := []struct {
		name string
		m    meta
		text string
		want string
	}{
		{"a test without listed features runs", meta{Features: []string{"Symbol"}}, "", ""},
		{"a listed feature skips with its reason", meta{Features: []string{"Symbol", "Temporal"}}, "", "feature Temporal: not yet"},
		{"of several listed features the first by name is named", meta{Features: []string{"Temporal", "Atomics"}}, "", "feature Atomics: no agents"},
		{"a CanBlockIsFalse test is skipped", meta{Flags: []string{"CanBlockIsFalse"}}, "", "CanBlockIsFalse: the main agent can block in Atomics.wait, as node's main thread can"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cfg.skipReason(&tt.m, tt.text); got != tt.want {
				t.Errorf("skipReason = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCheckedInConfigParses(t *testing.T) {
	if _, err := readConfig("config"); err != nil {
		t.Fatal(err)
	}
}
