package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// fm wraps frontmatter lines into a test source as test262 writes it.
func fm(lines ...string) string {
	return "// Copyright\n/*---\n" + strings.Join(lines, "\n") + "\n---*/\nfoo();\n"
}

func TestParseMeta(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want *meta
	}{
		{"an inline list of includes reads in order", fm("includes: [a.js, b.js]"), &meta{Includes: []string{"a.js", "b.js"}}},
		{"an inline list may be empty", fm("flags: []"), &meta{Flags: []string{}}},
		{"an inline list may span lines", fm("features: [a,", "  b, c]"), &meta{Features: []string{"a", "b", "c"}}},
		{"an inline list may quote its items", fm(`includes: ["a.js", 'b,c.js']`), &meta{Includes: []string{"a.js", "b,c.js"}}},
		{"a block list reads its items", fm("flags:", "  - noStrict", "  - async"), &meta{Flags: []string{"noStrict", "async"}}},
		{"a block list may sit at the key's indentation", fm("flags:", "- raw", "esid: x"), &meta{Flags: []string{"raw"}, Esid: "x"}},
		{"a nested negative map gives phase and type", fm("negative:", "  phase: parse", "  type: SyntaxError", "esid: x"),
			&meta{Negative: &negative{Phase: "parse", Type: "SyntaxError"}, Esid: "x"}},
		{"a literal block keeps line breaks and one final newline", fm("description: |", "  one", "    two", "", "  three", "esid: x"),
			&meta{Description: "one\n  two\n\nthree\n", Esid: "x"}},
		{"a folded block joins lines with spaces", fm("description: >", "  one", "  two", "", "  three", "info: y"),
			&meta{Description: "one two\nthree\n", Info: "y"}},
		{"a folded block keeps breaks around more-indented lines", fm("info: >", "  a", "    b", "  c"), &meta{Info: "a\n  b\nc\n"}},
		{"strip chomping drops the final newline", fm("info: |-", "  a", "", ""), &meta{Info: "a"}},
		{"keep chomping keeps trailing blank lines", fm("info: |+", "  a", "", "esid: x"), &meta{Info: "a\n\n", Esid: "x"}},
		{"an explicit indentation indicator sets the block's indent", fm("info: |2", "    a", "  b"), &meta{Info: "  a\nb\n"}},
		{"a block scalar keeps # as text", fm("info: |", "  a # not a comment"), &meta{Info: "a # not a comment\n"}},
		{"a plain scalar continues on deeper lines", fm("description: a long", "  sentence", "esid: x"), &meta{Description: "a long sentence", Esid: "x"}},
		{"a plain scalar may start on the next line", fm("description:", "  on the next line"), &meta{Description: "on the next line"}},
		{"a plain scalar drops its comment", fm("esid: sec-x # why"), &meta{Esid: "sec-x"}},
		{"a double-quoted scalar reads escapes", fm(`description: "a \"b\" \u0041"`), &meta{Description: `a "b" A`}},
		{"a single-quoted scalar reads doubled quotes", fm(`description: 'it''s'`), &meta{Description: "it's"}},
		{"CRLF line endings read like LF", strings.ReplaceAll(fm("description: |", "  a", "  b", "flags: [onlyStrict]"), "\n", "\r\n"),
			&meta{Description: "a\nb\n", Flags: []string{"onlyStrict"}}},
		{"lone CR line endings read like LF", strings.ReplaceAll(fm("esid: x", "flags: [raw]"), "\n", "\r"), &meta{Esid: "x", Flags: []string{"raw"}}},
		{"a literal block keeps spaces past its indentation on a blank line", fm("info: |", "  a", "    ", "  b"), &meta{Info: "a\n  \nb\n"}},
		{"comment lines and unknown keys are ignored", fm("# note", "author: x", "es5id: 1.2", "flags: [raw]"), &meta{Flags: []string{"raw"}}},
		{"an empty list key is no list", fm("flags:", "esid: x"), &meta{Esid: "x"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseMeta(tt.src)
			if err != nil {
				t.Fatalf("parseMeta: %v", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("meta (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseMetaRejects(t *testing.T) {
	tests := []struct {
		name, src, wantErr string
	}{
		{"a source without frontmatter", "foo();", "no frontmatter"},
		{"an unclosed frontmatter", "/*---\nflags: [raw]\n", "not closed"},
		{"an unclosed inline list", fm("flags: [raw,", "esid: x"), "not closed by ]"},
		{"a negative without a type", fm("negative:", "  phase: parse"), "no type"},
		{"a negative with an unknown phase", fm("negative:", "  phase: early", "  type: SyntaxError"), `phase "early"`},
		{"a duplicate key", fm("esid: a", "esid: b"), "duplicate key"},
		{"a stray deeper line after a list", fm("flags: [raw]", "    oops: 1"), "unexpected indentation"},
		{"a scalar where a list belongs", fm("flags: raw"), "want a list"},
		{"a line that is no key", fm("just text"), "want key: value"},
		{"an unclosed quote", fm(`description: "abc`), "unclosed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseMeta(tt.src)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("parseMeta error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}
