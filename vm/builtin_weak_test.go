package vm_test

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/kilnjs/kiln/internal/jstest"
)

// TestWeakCollectionsUnderGC runs a program under GC stress (a collection
// at every safepoint) and checks what the weak built-ins let go: node
// cannot produce this output, since it never collects that eagerly, so the
// expected output is written by hand beside the program.
func TestWeakCollectionsUnderGC(t *testing.T) {
	const prog = "testdata/builtins/collections/_gc/weak.js"
	want, err := os.ReadFile("testdata/builtins/collections/_gc/weak.expected")
	if err != nil {
		t.Fatal(err)
	}
	t.Run("weakly held objects are collected and reported", func(t *testing.T) {
		res := jstest.Run(prog, true)
		if res.Code != 0 {
			t.Fatalf("exit code %d, stderr:\n%s", res.Code, res.Stderr)
		}
		if diff := cmp.Diff(string(want), res.Stdout); diff != "" {
			t.Errorf("stdout mismatch (-want +got):\n%s", diff)
		}
	})
}
