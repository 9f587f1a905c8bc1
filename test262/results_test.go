package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestTableFolder(t *testing.T) {
	tests := []struct{ name, path, want string }{
		{"a built-in's tests count under the built-in", "test/built-ins/Array/prototype/map/x.js", "test/built-ins/Array"},
		{"language tests count three levels deep", "test/language/expressions/class/x.js", "test/language/expressions"},
		{"a shallow test counts under its folder", "test/harness/x.js", "test/harness"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tableFolder(tt.path); got != tt.want {
				t.Errorf("tableFolder(%q) = %q, want %q", tt.path, got, tt.want)
			}
		})
	}
}

func TestWriteTable(t *testing.T) {
	records := []record{
		{Path: "test/built-ins/Array/a.js", Status: statusPass},
		{Path: "test/built-ins/Array/b.js", Status: statusTimeout},
		{Path: "test/language/x/c.js", Status: statusSkip},
		{Path: "test/language/x/d.js", Status: statusCrash},
	}
	var b bytes.Buffer
	total := writeTable(&b, records)
	t.Run("timeouts and crashes count as failures", func(t *testing.T) {
		if got, want := summaryLine(total), "1 passed, 2 failed, 1 skipped"; got != want {
			t.Errorf("summary %q, want %q", got, want)
		}
	})
	t.Run("each folder gets a row", func(t *testing.T) {
		for _, folder := range []string{"test/built-ins/Array", "test/language/x", "total"} {
			if !strings.Contains(b.String(), "\n"+folder+" ") {
				t.Errorf("no row for %s in\n%s", folder, b.String())
			}
		}
	})
}

func TestPickEngine(t *testing.T) {
	t.Run("a missing engine is an error naming the registered ones", func(t *testing.T) {
		_, err := pickEngine("no-such-engine")
		if err == nil || !strings.Contains(err.Error(), "node") {
			t.Errorf("error = %v, want one listing node", err)
		}
	})
	t.Run("without kiln the default is the only engine registered", func(t *testing.T) {
		if engines["kiln"] != nil || len(engines) != 1 {
			t.Skip("only meaningful while node is the only engine")
		}
		if got, err := pickEngine(""); got != "node" || err != nil {
			t.Errorf("pickEngine(\"\") = %q, %v; want node", got, err)
		}
	})
}
